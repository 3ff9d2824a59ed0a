// Byte-exact encodings produced by the creation functions and the
// serializer, and the errors of the creation functions.
#include <_/struct_timespec.h>
#include <argdata.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util.h"

TEST(int_signed_vectors) {
  struct {
    intmax_t value;
    uint8_t len;
    uint8_t bytes[9];
  } cases[] = {
      {0, 1, {0x05}},
      {1, 2, {0x05, 0x01}},
      {127, 2, {0x05, 0x7f}},
      {128, 3, {0x05, 0x00, 0x80}},
      {256, 3, {0x05, 0x01, 0x00}},
      {8080, 3, {0x05, 0x1f, 0x90}},
      {32767, 3, {0x05, 0x7f, 0xff}},
      {32768, 4, {0x05, 0x00, 0x80, 0x00}},
      {-1, 2, {0x05, 0xff}},
      {-5, 2, {0x05, 0xfb}},
      {-128, 2, {0x05, 0x80}},
      {-129, 3, {0x05, 0xff, 0x7f}},
      {-32768, 3, {0x05, 0x80, 0x00}},
      {-32769, 4, {0x05, 0xff, 0x7f, 0xff}},
      {INT64_MAX, 9, {0x05, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}},
      {INT64_MIN, 9, {0x05, 0x80, 0, 0, 0, 0, 0, 0, 0}},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    argdata_t *ad = argdata_create_int_s(cases[i].value);
    ASSERT_TRUE(ad != NULL);
    size_t len, nfds;
    argdata_serialized_length(ad, &len, &nfds);
    ASSERT_EQ(len, cases[i].len);
    uint8_t out[16];
    memset(out, SENTINEL, sizeof(out));
    ASSERT_EQ(argdata_serialize(ad, out, NULL), 0);
    ASSERT_MEMEQ(out, cases[i].bytes, cases[i].len);
    ASSERT_EQ(out[cases[i].len], SENTINEL);
    // The getters read the in-memory node back.
    intmax_t v;
    ASSERT_EQ(argdata_get_int_s(ad, &v, INTMAX_MIN, INTMAX_MAX), 0);
    ASSERT_EQ(v, cases[i].value);
    argdata_free(ad);
  }
}

TEST(int_unsigned_vectors) {
  argdata_t *ad = argdata_create_int_u(UINT64_MAX);
  ASSERT_ENCODES(ad, 0x05, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  argdata_free(ad);
  ad = argdata_create_int_u((uintmax_t)INT64_MAX + 1);
  ASSERT_ENCODES(ad, 0x05, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
  argdata_free(ad);
  ad = argdata_create_int_u(0);
  ASSERT_ENCODES(ad, 0x05);
  argdata_free(ad);
  ad = argdata_create_int_u(128);
  ASSERT_ENCODES(ad, 0x05, 0x00, 0x80);
  argdata_free(ad);
}

TEST(int_generic_macro) {
  unsigned char uc = 200;
  argdata_t *ad = argdata_create_int(uc);
  ASSERT_ENCODES(ad, 0x05, 0x00, 0xc8);
  argdata_free(ad);
  signed char sc = -56;
  ad = argdata_create_int(sc);
  ASSERT_ENCODES(ad, 0x05, 0xc8);
  argdata_free(ad);
  ad = argdata_create_int(18446744073709551615ULL);
  ASSERT_ENCODES(ad, 0x05, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  argdata_free(ad);
}

TEST(float_vectors) {
  argdata_t *ad = argdata_create_float(1.0);
  ASSERT_ENCODES(ad, 0x04, 0x3f, 0xf0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
  argdata_free(ad);
  ad = argdata_create_float(-2.5);
  ASSERT_ENCODES(ad, 0x04, 0xc0, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
  argdata_free(ad);
  ad = argdata_create_float(0.1);
  ASSERT_ENCODES(ad, 0x04, 0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a);
  double v;
  ASSERT_EQ(argdata_get_float(ad, &v), 0);
  ASSERT_TRUE(v == 0.1);
  argdata_free(ad);
}

TEST(str_vectors) {
  argdata_t *ad = argdata_create_str_c("");
  ASSERT_ENCODES(ad, 0x08, 0x00);
  argdata_free(ad);
  ad = argdata_create_str_c("h\xc3\xa9");
  ASSERT_ENCODES(ad, 0x08, 0x68, 0xc3, 0xa9, 0x00);
  argdata_free(ad);
  // Only n bytes are taken: the terminator is the serializer's.
  ad = argdata_create_str("abcdef", 2);
  ASSERT_ENCODES(ad, 0x08, 0x61, 0x62, 0x00);
  argdata_free(ad);
  // An embedded NUL is allowed by the format.
  ad = argdata_create_str("a\0b", 3);
  ASSERT_ENCODES(ad, 0x08, 0x61, 0x00, 0x62, 0x00);
  const char *s;
  size_t n;
  ASSERT_EQ(argdata_get_str(ad, &s, &n), 0);
  ASSERT_EQ(n, 3);
  ASSERT_EQ(argdata_get_str_c(ad, &s), EILSEQ);
  argdata_free(ad);
}

TEST(str_rejects_bad_utf8) {
  static const char *bad[] = {
      "\x80",                  // continuation byte in lead position
      "\xc3",                  // truncated
      "\xe2\x82",              // truncated
      "\xc0\xaf",              // overlong '/'
      "\xe0\x80\xaf",          // overlong
      "\xf0\x80\x80\xaf",      // overlong
      "\xed\xa0\x80",          // U+D800
      "\xed\xbf\xbf",          // U+DFFF
      "\xf4\x90\x80\x80",      // U+110000
      "\xf8\x88\x80\x80\x80",  // 5-byte form
      "\xfe",
      "a\xc3(",                // bad continuation
  };
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    errno = 0;
    ASSERT_TRUE(argdata_create_str_c(bad[i]) == NULL);
    ASSERT_EQ(errno, EILSEQ);
  }
  // The largest code points on either side of the surrogates are fine.
  argdata_t *ad = argdata_create_str_c("\xed\x9f\xbf\xee\x80\x80\xf4\x8f\xbf\xbf");
  ASSERT_TRUE(ad != NULL);
  argdata_free(ad);
}

TEST(binary_vectors) {
  static const uint8_t two[] = {0x00, 0xff};
  argdata_t *ad = argdata_create_binary(two, 2);
  ASSERT_ENCODES(ad, 0x01, 0x00, 0xff);
  argdata_free(ad);
  ad = argdata_create_binary(NULL, 0);
  ASSERT_ENCODES(ad, 0x01);
  const void *p;
  size_t n = 99;
  ASSERT_EQ(argdata_get_binary(ad, &p, &n), 0);
  ASSERT_EQ(n, 0);
  argdata_free(ad);
}

TEST(constants) {
  ASSERT_ENCODES(&argdata_true, 0x02, 0x01);
  ASSERT_ENCODES(&argdata_false, 0x02);
  size_t len = 99, nfds = 99;
  argdata_serialized_length(&argdata_null, &len, &nfds);
  ASSERT_EQ(len, 0);
  ASSERT_EQ(nfds, 0);
  uint8_t out[1] = {SENTINEL};
  ASSERT_EQ(argdata_serialize(&argdata_null, out, NULL), 0);
  ASSERT_EQ(out[0], SENTINEL);
}

TEST(fd_literal_and_renumbered) {
  argdata_t *ad = argdata_create_fd(7);
  ASSERT_ENCODES(ad, 0x03, 0x00, 0x00, 0x00, 0x07);
  size_t len, nfds;
  argdata_serialized_length(ad, &len, &nfds);
  ASSERT_EQ(nfds, 1);
  uint8_t out[5];
  int fds[1] = {-1};
  ASSERT_EQ(argdata_serialize(ad, out, fds), 1);
  static const uint8_t renumbered[] = {0x03, 0x00, 0x00, 0x00, 0x00};
  ASSERT_MEMEQ(out, renumbered, 5);
  ASSERT_EQ(fds[0], 7);
  int fd = -1;
  ASSERT_EQ(argdata_get_fd(ad, &fd), 0);
  ASSERT_EQ(fd, 7);
  argdata_free(ad);

  errno = 0;
  ASSERT_TRUE(argdata_create_fd(-1) == NULL);
  ASSERT_EQ(errno, EBADF);
}

TEST(timestamp_vectors) {
  struct {
    struct timespec ts;
    uint8_t len;
    uint8_t bytes[13];
  } cases[] = {
      {{0, 0}, 1, {0x09}},
      {{0, 1}, 2, {0x09, 0x01}},
      {{1, 0}, 5, {0x09, 0x3b, 0x9a, 0xca, 0x00}},
      {{0, 999999999}, 5, {0x09, 0x3b, 0x9a, 0xc9, 0xff}},
      {{-1, 0}, 5, {0x09, 0xc4, 0x65, 0x36, 0x00}},
      {{-1, 999999999}, 2, {0x09, 0xff}},
      {{1500000000, 123456789}, 9, {0x09, 0x14, 0xd1, 0x12, 0x0d, 0x82, 0x71, 0xcd, 0x15}},
      // The extremes of time_t need all 96 bits.
      {{INT64_MAX, 999999999},
       13,
       {0x09, 0x1d, 0xcd, 0x64, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}},
      {{INT64_MIN, 0},
       13,
       {0x09, 0xe2, 0x32, 0x9b, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    argdata_t *ad = argdata_create_timestamp(&cases[i].ts);
    ASSERT_TRUE(ad != NULL);
    size_t len, nfds;
    argdata_serialized_length(ad, &len, &nfds);
    ASSERT_EQ(len, cases[i].len);
    uint8_t out[16];
    memset(out, SENTINEL, sizeof(out));
    argdata_serialize(ad, out, NULL);
    ASSERT_MEMEQ(out, cases[i].bytes, cases[i].len);
    ASSERT_EQ(out[cases[i].len], SENTINEL);
    // And back through the reader, which floors towards -infinity.
    argdata_t *wrapped = argdata_from_buffer(out, len, NULL, NULL);
    struct timespec ts;
    ASSERT_EQ(argdata_get_timestamp(wrapped, &ts), 0);
    ASSERT_EQ(ts.tv_sec, cases[i].ts.tv_sec);
    ASSERT_EQ(ts.tv_nsec, cases[i].ts.tv_nsec);
    argdata_free(wrapped);
    argdata_free(ad);
  }
}

TEST(timestamp_rejects_bad_nsec) {
  struct timespec bad[] = {{0, -1}, {0, 1000000000}, {5, -999999999}};
  for (size_t i = 0; i < 3; i++) {
    errno = 0;
    ASSERT_TRUE(argdata_create_timestamp(&bad[i]) == NULL);
    ASSERT_EQ(errno, EINVAL);
  }
}

// A sequence holding one element of `len` bytes: a binary of len - 1 bytes.
static size_t seq_prefix(size_t len, uint8_t *prefix) {
  static uint8_t payload[16384];
  const argdata_t *elem = len == 0 ? &argdata_null : argdata_create_binary(payload, len - 1);
  argdata_t *seq = argdata_create_seq(&elem, 1);
  size_t total, nfds;
  argdata_serialized_length(seq, &total, &nfds);
  uint8_t *out = malloc(total);
  argdata_serialize(seq, out, NULL);
  size_t n = total - 1 - len;  // prefix bytes
  memcpy(prefix, out + 1, n < 4 ? n : 4);
  bool ok = out[0] == 0x07 && (len == 0 || out[1 + n] == 0x01);
  free(out);
  argdata_free(seq);
  if (len != 0)
    argdata_free((argdata_t *)elem);
  return ok ? n : 0;
}

TEST(length_prefixes) {
  struct {
    size_t len;
    uint8_t n;
    uint8_t prefix[3];
  } cases[] = {
      {0, 1, {0x80}},          {1, 1, {0x81}},          {6, 1, {0x86}},
      {127, 1, {0xff}},        {128, 2, {0x01, 0x80}},  {201, 2, {0x01, 0xc9}},
      {16383, 2, {0x7f, 0xff}}, {16384, 3, {0x01, 0x00, 0x80}},
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    uint8_t prefix[4];
    ASSERT_EQ(seq_prefix(cases[i].len, prefix), cases[i].n);
    ASSERT_MEMEQ(prefix, cases[i].prefix, cases[i].n);
  }
}

TEST(seq_null_false) {
  const argdata_t *items[] = {&argdata_null, &argdata_false};
  argdata_t *seq = argdata_create_seq(items, 2);
  ASSERT_ENCODES(seq, 0x07, 0x80, 0x81, 0x02);
  argdata_free(seq);
}

TEST(seq_of_199_char_string) {
  char s[200];
  memset(s, 'x', 199);
  s[199] = '\0';
  const argdata_t *str = argdata_create_str_c(s);
  argdata_t *seq = argdata_create_seq(&str, 1);
  size_t len, nfds;
  argdata_serialized_length(seq, &len, &nfds);
  ASSERT_EQ(len, 1 + 2 + 201);
  uint8_t out[204];
  argdata_serialize(seq, out, NULL);
  static const uint8_t head[] = {0x07, 0x01, 0xc9, 0x08, 'x'};
  ASSERT_MEMEQ(out, head, sizeof(head));
  ASSERT_EQ(out[203], 0x00);
  argdata_free(seq);
  argdata_free((argdata_t *)str);
}

static const uint8_t worked_map[63] = {
    0x06,                                                        //
    0x86, 0x08, 0x70, 0x6f, 0x72, 0x74, 0x00,                    // "port"
    0x83, 0x05, 0x1f, 0x90,                                      // 8080
    0x85, 0x08, 0x6c, 0x6f, 0x67, 0x00,                          // "log"
    0x85, 0x03, 0x00, 0x00, 0x00, 0x00,                          // fd #0
    0x86, 0x08, 0x74, 0x61, 0x67, 0x73, 0x00,                    // "tags"
    0x89, 0x07, 0x83, 0x08, 0x78, 0x00, 0x83, 0x08, 0x79, 0x00,  // ["x", "y"]
    0x87, 0x08, 0x64, 0x65, 0x62, 0x75, 0x67, 0x00,              // "debug"
    0x81, 0x02,                                                  // false
    0x85, 0x08, 0x64, 0x69, 0x72, 0x00,                          // "dir"
    0x85, 0x03, 0x00, 0x00, 0x00, 0x01,                          // fd #1
};

TEST(worked_map_example) {
  argdata_t *x = argdata_create_str_c("x"), *y = argdata_create_str_c("y");
  const argdata_t *tag_items[] = {x, y};
  argdata_t *tags = argdata_create_seq(tag_items, 2);
  argdata_t *port = argdata_create_int(8080);
  argdata_t *log = argdata_create_fd(40), *dir = argdata_create_fd(33);
  argdata_t *k[5] = {argdata_create_str_c("port"), argdata_create_str_c("log"),
                     argdata_create_str_c("tags"), argdata_create_str_c("debug"),
                     argdata_create_str_c("dir")};
  const argdata_t *keys[5] = {k[0], k[1], k[2], k[3], k[4]};
  const argdata_t *values[5] = {port, log, tags, &argdata_false, dir};
  argdata_t *map = argdata_create_map(keys, values, 5);
  ASSERT_TRUE(map != NULL);

  size_t len, nfds;
  argdata_serialized_length(map, &len, &nfds);
  ASSERT_EQ(len, 63);
  ASSERT_EQ(nfds, 2);
  uint8_t out[64];
  out[63] = SENTINEL;
  int fds[2] = {-1, -1};
  ASSERT_EQ(argdata_serialize(map, out, fds), 2);
  ASSERT_MEMEQ(out, worked_map, 63);
  ASSERT_EQ(out[63], SENTINEL);
  ASSERT_EQ(fds[0], 40);
  ASSERT_EQ(fds[1], 33);

  // Without renumbering the process numbers are written.
  ASSERT_EQ(argdata_serialize(map, out, NULL), 0);
  static const uint8_t log40[] = {0x85, 0x03, 0x00, 0x00, 0x00, 40};
  static const uint8_t dir33[] = {0x85, 0x03, 0x00, 0x00, 0x00, 33};
  ASSERT_MEMEQ(out + 18, log40, 6);
  ASSERT_MEMEQ(out + 57, dir33, 6);

  argdata_free(map);
  for (size_t i = 0; i < 5; i++)
    argdata_free(k[i]);
  argdata_free(log);
  argdata_free(dir);
  argdata_free(port);
  argdata_free(tags);
  argdata_free(x);
  argdata_free(y);
}

TEST(seq_fd_renumbering) {
  argdata_t *a = argdata_create_fd(5), *b = argdata_create_fd(9);
  const argdata_t *items[] = {a, b, a};
  argdata_t *seq = argdata_create_seq(items, 3);
  size_t len, nfds;
  argdata_serialized_length(seq, &len, &nfds);
  ASSERT_EQ(len, 19);
  ASSERT_EQ(nfds, 3);  // occurrences, not distinct descriptors
  uint8_t out[19];
  int fds[3] = {-1, -1, -1};
  ASSERT_EQ(argdata_serialize(seq, out, fds), 2);
  static const uint8_t expected[] = {0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 0x00,
                                     0x85, 0x03, 0x00, 0x00, 0x00, 0x01,
                                     0x85, 0x03, 0x00, 0x00, 0x00, 0x00};
  ASSERT_MEMEQ(out, expected, sizeof(expected));
  ASSERT_EQ(fds[0], 5);
  ASSERT_EQ(fds[1], 9);
  ASSERT_EQ(fds[2], -1);
  argdata_free(seq);
  argdata_free(a);
  argdata_free(b);
}

TEST(empty_containers) {
  argdata_t *map = argdata_create_map(NULL, NULL, 0);
  ASSERT_ENCODES(map, 0x06);
  argdata_free(map);
  argdata_t *seq = argdata_create_seq(NULL, 0);
  ASSERT_ENCODES(seq, 0x07);
  argdata_free(seq);
}
