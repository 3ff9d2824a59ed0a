// argdata_print_yaml: golden outputs, written into an open_memstream FILE.
#include <_/struct_timespec.h>
#include <argdata.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util.h"

#define HEADER "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"

// Prints ad and returns the text (malloc'ed), or NULL if stdio failed.
static char *yaml(const argdata_t *ad) {
  char *text = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&text, &len);
  if (fp == NULL)
    return NULL;
  argdata_print_yaml(ad, fp);
  if (fclose(fp) != 0 || strlen(text) != len) {
    free(text);
    return NULL;
  }
  return text;
}

#define ASSERT_YAML(ad, expected)        \
  do {                                   \
    char *text_ = yaml(ad);              \
    ASSERT_TRUE(text_ != NULL);          \
    bool same_ = strcmp(text_, HEADER expected "\n") == 0; \
    if (!same_)                          \
      ASSERT_STREQ(text_, HEADER expected "\n"); \
    free(text_);                         \
  } while (0)

static int plus_100(void *arg, size_t raw) {
  return raw < 1 ? (int)raw + 100 : -1;
}

TEST(scalars) {
  ASSERT_YAML(&argdata_null, "!!null \"null\"");
  ASSERT_YAML(&argdata_true, "!!bool \"true\"");
  ASSERT_YAML(&argdata_false, "!!bool \"false\"");
  argdata_t *ad = argdata_create_int(8080);
  ASSERT_YAML(ad, "!!int \"8080\"");
  argdata_free(ad);
  ad = argdata_create_int_s(INT64_MIN);
  ASSERT_YAML(ad, "!!int \"-9223372036854775808\"");
  argdata_free(ad);
  ad = argdata_create_int_u(UINT64_MAX);
  ASSERT_YAML(ad, "!!int \"18446744073709551615\"");
  argdata_free(ad);
  ad = argdata_create_fd(4);
  ASSERT_YAML(ad, "!fd \"4\"");
  argdata_free(ad);
  // Unknown tags and malformed values print as null.
  ad = BUFFER(0x0a, 0x01);
  ASSERT_YAML(ad, "!!null \"null\"");
  argdata_free(ad);
  ad = BUFFER(0x02, 0x07);
  ASSERT_YAML(ad, "!!null \"null\"");
  argdata_free(ad);
  ad = BUFFER(0x05, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0);  // too wide
  ASSERT_YAML(ad, "!!null \"null\"");
  argdata_free(ad);
}

TEST(fds_through_the_callback) {
  static const uint8_t fd0[] = {0x03, 0x00, 0x00, 0x00, 0x00};
  static const uint8_t fd1[] = {0x03, 0x00, 0x00, 0x00, 0x01};
  argdata_t *ad = argdata_from_buffer(fd0, sizeof(fd0), plus_100, NULL);
  ASSERT_YAML(ad, "!fd \"100\"");
  argdata_free(ad);
  ad = argdata_from_buffer(fd1, sizeof(fd1), plus_100, NULL);
  ASSERT_YAML(ad, "!fd \"invalid\"");
  argdata_free(ad);
  ad = argdata_from_buffer(fd0, sizeof(fd0), NULL, NULL);
  ASSERT_YAML(ad, "!fd \"invalid\"");
  argdata_free(ad);
}

TEST(floats) {
  struct {
    double v;
    const char *text;
  } cases[] = {
      {2.5, HEADER "!!float \"2.5\"\n"},
      {3.0, HEADER "!!float \"3\"\n"},
      {100.0, HEADER "!!float \"1e+2\"\n"},
      {0.1, HEADER "!!float \"1.00000000000000006e-1\"\n"},
      {-1.5, HEADER "!!float \"-1.5\"\n"},
      {0.0, HEADER "!!float \"0\"\n"},
      {-0.0, HEADER "!!float \"0\"\n"},
      {1e300 * 1e300, HEADER "!!float \".inf\"\n"},
      {-1e300 * 1e300, HEADER "!!float \"-.inf\"\n"},
      {__builtin_nan(""), HEADER "!!float \".nan\"\n"},
      {5e-324, HEADER "!!float \"4.94065645841246544e-324\"\n"},
      {1.7976931348623157e308, HEADER "!!float \"1.79769313486231571e+308\"\n"},
      {1e23, HEADER "!!float \"9.99999999999999916e+22\"\n"},
      {9007199254740992.0, HEADER "!!float \"9.007199254740992e+15\"\n"},
      {1125899906842623.875, HEADER "!!float \"1.12589990684262388e+15\"\n"},  // tie, to even
      {0.3, HEADER "!!float \"2.99999999999999989e-1\"\n"},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    argdata_t *ad = argdata_create_float(cases[i].v);
    char *text = yaml(ad);
    ASSERT_TRUE(text != NULL);
    bool same = strcmp(text, cases[i].text) == 0;
    if (!same)
      ASSERT_STREQ(text, cases[i].text);
    free(text);
    argdata_free(ad);
  }
}

TEST(binary_base64) {
  argdata_t *ad = argdata_create_binary("hi", 2);
  ASSERT_YAML(ad, "!!binary \"aGk=\"");
  argdata_free(ad);
  ad = argdata_create_binary("h", 1);
  ASSERT_YAML(ad, "!!binary \"aA==\"");
  argdata_free(ad);
  ad = argdata_create_binary("hi!", 3);
  ASSERT_YAML(ad, "!!binary \"aGkh\"");
  argdata_free(ad);
  ad = argdata_create_binary(NULL, 0);
  ASSERT_YAML(ad, "!!binary \"\"");
  argdata_free(ad);
  static const uint8_t all[] = {0xfb, 0xff, 0xbf, 0x00, 0x10, 0x83};
  ad = argdata_create_binary(all, sizeof(all));
  ASSERT_YAML(ad, "!!binary \"+/+/ABCD\"");
  argdata_free(ad);
}

TEST(string_escapes) {
  static const char s[] =
      "a\"\\\0\a\b\t\n\v\f\r\x1b\x01\x7f"
      "\xc2\x80\xc2\x85\xc2\xa0\xe2\x80\xa8\xe2\x80\xa9\xef\xbf\xbe\xef\xbf\xbf"
      "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 ~";
  argdata_t *ad = argdata_create_str(s, sizeof(s) - 1);
  ASSERT_YAML(ad,
              "!!str \"a\\\"\\\\\\0\\a\\b\\t\\n\\v\\f\\r\\e\\x01\\x7f"
              "\\x80\\N\\_\\L\\P\\ufffe\\uffff"
              "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 ~\"");
  argdata_free(ad);
  ad = argdata_create_str_c("");
  ASSERT_YAML(ad, "!!str \"\"");
  argdata_free(ad);
  // Invalid UTF-8 is not a string at all.
  ad = BUFFER(0x08, 0xff, 0x00);
  ASSERT_YAML(ad, "!!null \"null\"");
  argdata_free(ad);
}

TEST(long_string_crosses_internal_buffers) {
  static char s[3000];
  for (size_t i = 0; i < sizeof(s) - 1; i++)
    s[i] = (char)('a' + i % 26);
  argdata_t *ad = argdata_create_str_c(s);
  char *text = yaml(ad);
  ASSERT_TRUE(text != NULL);
  ASSERT_EQ(strlen(text), strlen(HEADER) + 7 + 2999 + 2);
  ASSERT_MEMEQ(text + strlen(HEADER) + 7, s, 2999);
  free(text);
  argdata_free(ad);
}

TEST(timestamps) {
  struct {
    struct timespec ts;
    const char *text;
  } cases[] = {
      {{0, 0}, HEADER "!!timestamp \"1970-01-01T00:00:00.000000000Z\"\n"},
      {{1500000000, 123456789}, HEADER "!!timestamp \"2017-07-14T02:40:00.123456789Z\"\n"},
      {{-1, 999999999}, HEADER "!!timestamp \"1969-12-31T23:59:59.999999999Z\"\n"},
      {{951782400, 1}, HEADER "!!timestamp \"2000-02-29T00:00:00.000000001Z\"\n"},
      {{4107542399, 0}, HEADER "!!timestamp \"2100-02-28T23:59:59.000000000Z\"\n"},
      {{-62135596800, 0}, HEADER "!!timestamp \"0001-01-01T00:00:00.000000000Z\"\n"},
      {{253402300800, 0}, HEADER "!!timestamp \"10000-01-01T00:00:00.000000000Z\"\n"},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    argdata_t *ad = argdata_create_timestamp(&cases[i].ts);
    char *text = yaml(ad);
    ASSERT_TRUE(text != NULL);
    bool same = strcmp(text, cases[i].text) == 0;
    if (!same)
      ASSERT_STREQ(text, cases[i].text);
    free(text);
    argdata_free(ad);
  }
}

TEST(containers) {
  static const uint8_t worked_map[63] = {
      0x06, 0x86, 0x08, 0x70, 0x6f, 0x72, 0x74, 0x00, 0x83, 0x05, 0x1f, 0x90, 0x85,
      0x08, 0x6c, 0x6f, 0x67, 0x00, 0x85, 0x03, 0x00, 0x00, 0x00, 0x00, 0x86, 0x08,
      0x74, 0x61, 0x67, 0x73, 0x00, 0x89, 0x07, 0x83, 0x08, 0x78, 0x00, 0x83, 0x08,
      0x79, 0x00, 0x87, 0x08, 0x64, 0x65, 0x62, 0x75, 0x67, 0x00, 0x81, 0x02, 0x85,
      0x08, 0x64, 0x69, 0x72, 0x00, 0x85, 0x03, 0x00, 0x00, 0x00, 0x01,
  };
  argdata_t *ad = argdata_from_buffer(worked_map, sizeof(worked_map), plus_100, NULL);
  ASSERT_YAML(ad,
              "!!map {\n"
              "  ? !!str \"port\"\n"
              "  : !!int \"8080\",\n"
              "  ? !!str \"log\"\n"
              "  : !fd \"100\",\n"
              "  ? !!str \"tags\"\n"
              "  : !!seq [\n"
              "    !!str \"x\",\n"
              "    !!str \"y\",\n"
              "  ],\n"
              "  ? !!str \"debug\"\n"
              "  : !!bool \"false\",\n"
              "  ? !!str \"dir\"\n"
              "  : !fd \"invalid\",\n"
              "}");
  argdata_free(ad);

  // In-memory: empty containers, a map as a key, nesting in sequences.
  argdata_t *empty_map = argdata_create_map(NULL, NULL, 0);
  argdata_t *empty_seq = argdata_create_seq(NULL, 0);
  ASSERT_YAML(empty_map, "!!map {}");
  ASSERT_YAML(empty_seq, "!!seq []");
  argdata_t *one = argdata_create_int(1);
  const argdata_t *k1[] = {one}, *v1[] = {empty_seq};
  argdata_t *inner_map = argdata_create_map(k1, v1, 1);
  const argdata_t *k2[] = {inner_map, &argdata_null}, *v2[] = {empty_map, &argdata_true};
  argdata_t *outer_map = argdata_create_map(k2, v2, 2);
  const argdata_t *items[] = {outer_map, one};
  argdata_t *seq = argdata_create_seq(items, 2);
  ASSERT_YAML(seq,
              "!!seq [\n"
              "  !!map {\n"
              "    ? !!map {\n"
              "      ? !!int \"1\"\n"
              "      : !!seq [],\n"
              "    }\n"
              "    : !!map {},\n"
              "    ? !!null \"null\"\n"
              "    : !!bool \"true\",\n"
              "  },\n"
              "  !!int \"1\",\n"
              "]");
  argdata_free(seq);
  argdata_free(outer_map);
  argdata_free(inner_map);
  argdata_free(one);
  argdata_free(empty_map);
  argdata_free(empty_seq);

  // A container whose elements break off prints what could be read.
  ad = BUFFER(0x07, 0x81, 0x02, 0x00);
  ASSERT_YAML(ad, "!!seq [\n  !!bool \"false\",\n]");
  argdata_free(ad);
  // A map with a dangling first key is not a map.
  ad = BUFFER(0x06, 0x80);
  ASSERT_YAML(ad, "!!null \"null\"");
  argdata_free(ad);
}
