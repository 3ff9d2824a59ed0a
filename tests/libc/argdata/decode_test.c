// The getters and iterators on serialized input, well-formed and not.
#include <_/struct_timespec.h>
#include <argdata.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "util.h"

#define WRAP(name, ...)                                                      \
  static const uint8_t name##_bytes[] = {__VA_ARGS__};                      \
  argdata_t *name = argdata_from_buffer(name##_bytes, sizeof(name##_bytes), \
                                        NULL, NULL)

TEST(int_decoding) {
  intmax_t s;
  uintmax_t u;
  WRAP(zero, 0x05);
  ASSERT_EQ(argdata_get_int_s(zero, &s, INTMAX_MIN, INTMAX_MAX), 0);
  ASSERT_EQ(s, 0);
  WRAP(min, 0x05, 0x80, 0, 0, 0, 0, 0, 0, 0);
  ASSERT_EQ(argdata_get_int_s(min, &s, INTMAX_MIN, INTMAX_MAX), 0);
  ASSERT_TRUE(s == INT64_MIN);
  ASSERT_EQ(argdata_get_int_u(min, &u, UINTMAX_MAX), ERANGE);  // negative
  WRAP(umax, 0x05, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  ASSERT_EQ(argdata_get_int_u(umax, &u, UINTMAX_MAX), 0);
  ASSERT_TRUE(u == UINT64_MAX);
  ASSERT_EQ(argdata_get_int_s(umax, &s, INTMAX_MIN, INTMAX_MAX), ERANGE);
  ASSERT_EQ(argdata_get_int_u(umax, &u, UINT32_MAX), ERANGE);
  // Nine bytes that do not start with 0x00, and ten bytes: too wide.
  WRAP(wide9, 0x05, 0x01, 0, 0, 0, 0, 0, 0, 0, 0);
  ASSERT_EQ(argdata_get_int_u(wide9, &u, UINTMAX_MAX), ERANGE);
  ASSERT_EQ(argdata_get_int_s(wide9, &s, INTMAX_MIN, INTMAX_MAX), ERANGE);
  WRAP(wide10, 0x05, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  ASSERT_EQ(argdata_get_int_u(wide10, &u, UINTMAX_MAX), ERANGE);
  // Non-minimal encodings are accepted.
  WRAP(padded, 0x05, 0x00, 0x01);
  ASSERT_EQ(argdata_get_int_s(padded, &s, INTMAX_MIN, INTMAX_MAX), 0);
  ASSERT_EQ(s, 1);
  // Caller limits.
  WRAP(n129, 0x05, 0xff, 0x7f);
  ASSERT_EQ(argdata_get_int_s(n129, &s, -128, 127), ERANGE);
  ASSERT_EQ(argdata_get_int_s(n129, &s, -129, 127), 0);
  ASSERT_EQ(s, -129);
  // The type-generic accessor applies the limits of the destination.
  signed char sc;
  short sh = 0;
  unsigned char uc;
  ASSERT_EQ(argdata_get_int(n129, &sc), ERANGE);
  ASSERT_EQ(argdata_get_int(n129, &uc), ERANGE);
  ASSERT_EQ(argdata_get_int(n129, &sh), 0);
  ASSERT_EQ(sh, -129);
  // Other kinds are EINVAL.
  ASSERT_EQ(argdata_get_int_s(&argdata_null, &s, INTMAX_MIN, INTMAX_MAX), EINVAL);
  ASSERT_EQ(argdata_get_int_s(&argdata_true, &s, INTMAX_MIN, INTMAX_MAX), EINVAL);
}

TEST(bool_decoding) {
  bool v = true;
  ASSERT_EQ(argdata_get_bool(&argdata_false, &v), 0);
  ASSERT_FALSE(v);
  ASSERT_EQ(argdata_get_bool(&argdata_true, &v), 0);
  ASSERT_TRUE(v);
  WRAP(two, 0x02, 0x02);
  ASSERT_EQ(argdata_get_bool(two, &v), EINVAL);
  WRAP(zero, 0x02, 0x00);
  ASSERT_EQ(argdata_get_bool(zero, &v), EINVAL);
  WRAP(longer, 0x02, 0x01, 0x01);
  ASSERT_EQ(argdata_get_bool(longer, &v), EINVAL);
  ASSERT_EQ(argdata_get_bool(&argdata_null, &v), EINVAL);
}

TEST(float_decoding) {
  double v;
  WRAP(neg, 0x04, 0xc0, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
  ASSERT_EQ(argdata_get_float(neg, &v), 0);
  ASSERT_TRUE(v == -2.5);
  WRAP(shorter, 0x04, 0x3f, 0xf0, 0x00, 0x00, 0x00, 0x00, 0x00);
  ASSERT_EQ(argdata_get_float(shorter, &v), EINVAL);
  WRAP(longer, 0x04, 0x3f, 0xf0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
  ASSERT_EQ(argdata_get_float(longer, &v), EINVAL);
  WRAP(integer, 0x05, 0x01);
  ASSERT_EQ(argdata_get_float(integer, &v), EINVAL);
}

TEST(str_decoding) {
  const char *s;
  size_t n;
  WRAP(he, 0x08, 0x68, 0xc3, 0xa9, 0x00);
  ASSERT_EQ(argdata_get_str(he, &s, &n), 0);
  ASSERT_EQ(n, 3);
  ASSERT_STREQ(s, "h\xc3\xa9");
  ASSERT_EQ(argdata_get_str_c(he, &s), 0);
  ASSERT_STREQ(s, "h\xc3\xa9");
  WRAP(unterminated, 0x08, 0x61);
  ASSERT_EQ(argdata_get_str(unterminated, &s, &n), EINVAL);
  WRAP(empty_payload, 0x08);
  ASSERT_EQ(argdata_get_str(empty_payload, &s, &n), EINVAL);
  WRAP(embedded, 0x08, 0x61, 0x00, 0x62, 0x00);
  ASSERT_EQ(argdata_get_str(embedded, &s, &n), 0);
  ASSERT_EQ(n, 3);
  ASSERT_EQ(argdata_get_str_c(embedded, &s), EILSEQ);
  WRAP(surrogate, 0x08, 0xed, 0xa0, 0x80, 0x00);
  ASSERT_EQ(argdata_get_str(surrogate, &s, &n), EILSEQ);
  ASSERT_EQ(argdata_get_str_c(surrogate, &s), EILSEQ);
  WRAP(overlong, 0x08, 0xc1, 0xbf, 0x00);
  ASSERT_EQ(argdata_get_str(overlong, &s, &n), EILSEQ);
  WRAP(overlong4, 0x08, 0xf0, 0x8f, 0xbf, 0xbf, 0x00);
  ASSERT_EQ(argdata_get_str(overlong4, &s, &n), EILSEQ);
  WRAP(too_big, 0x08, 0xf4, 0x90, 0x80, 0x80, 0x00);
  ASSERT_EQ(argdata_get_str(too_big, &s, &n), EILSEQ);
  WRAP(lone_cont, 0x08, 0x80, 0x00);
  ASSERT_EQ(argdata_get_str(lone_cont, &s, &n), EILSEQ);
  WRAP(truncated, 0x08, 0xe2, 0x82, 0x00);
  ASSERT_EQ(argdata_get_str(truncated, &s, &n), EILSEQ);
  WRAP(max, 0x08, 0xf4, 0x8f, 0xbf, 0xbf, 0x00);
  ASSERT_EQ(argdata_get_str(max, &s, &n), 0);
  ASSERT_EQ(n, 4);
  ASSERT_EQ(argdata_get_str(&argdata_null, &s, &n), EINVAL);
}

TEST(binary_and_unknown_tags) {
  const void *p;
  size_t n;
  WRAP(bin, 0x01, 0x00, 0xff);
  ASSERT_EQ(argdata_get_binary(bin, &p, &n), 0);
  ASSERT_EQ(n, 2);
  ASSERT_TRUE(p == bin_bytes + 1);  // zero copy
  WRAP(tag0, 0x00, 0x01);
  WRAP(tag10, 0x0a);
  WRAP(tagff, 0xff, 0x00);
  const argdata_t *unknown[] = {tag0, tag10, tagff, &argdata_null};
  for (size_t i = 0; i < 4; i++) {
    bool b;
    double d;
    intmax_t s;
    const char *str;
    struct timespec ts;
    int fd;
    ASSERT_EQ(argdata_get_binary(unknown[i], &p, &n), EINVAL);
    ASSERT_EQ(argdata_get_bool(unknown[i], &b), EINVAL);
    ASSERT_EQ(argdata_get_float(unknown[i], &d), EINVAL);
    ASSERT_EQ(argdata_get_int_s(unknown[i], &s, INTMAX_MIN, INTMAX_MAX), EINVAL);
    ASSERT_EQ(argdata_get_str_c(unknown[i], &str), EINVAL);
    ASSERT_EQ(argdata_get_timestamp(unknown[i], &ts), EINVAL);
    ASSERT_EQ(argdata_get_fd(unknown[i], &fd), EINVAL);
  }
}

static int plus_100(void *arg, size_t raw) {
  ++*(int *)arg;
  return raw < 2 ? (int)raw + 100 : -1;
}

TEST(fd_decoding) {
  static const uint8_t fd1[] = {0x03, 0x00, 0x00, 0x00, 0x01};
  int fd = -1;
  // No callback: every fd is unavailable.
  argdata_t *ad = argdata_from_buffer(fd1, sizeof(fd1), NULL, NULL);
  ASSERT_EQ(argdata_get_fd(ad, &fd), EBADF);
  argdata_free(ad);
  int calls = 0;
  ad = argdata_from_buffer(fd1, sizeof(fd1), plus_100, &calls);
  ASSERT_EQ(argdata_get_fd(ad, &fd), 0);
  ASSERT_EQ(fd, 101);
  ASSERT_EQ(calls, 1);
  argdata_free(ad);
  static const uint8_t fd7[] = {0x03, 0x00, 0x00, 0x00, 0x07};
  ad = argdata_from_buffer(fd7, sizeof(fd7), plus_100, &calls);
  ASSERT_EQ(argdata_get_fd(ad, &fd), EBADF);
  argdata_free(ad);
  static const uint8_t short_fd[] = {0x03, 0x00, 0x01};
  ad = argdata_from_buffer(short_fd, sizeof(short_fd), plus_100, &calls);
  ASSERT_EQ(argdata_get_fd(ad, &fd), EINVAL);
  argdata_free(ad);
}

TEST(timestamp_decoding) {
  struct timespec ts;
  WRAP(before, 0x09, 0xff);
  ASSERT_EQ(argdata_get_timestamp(before, &ts), 0);
  ASSERT_EQ(ts.tv_sec, -1);
  ASSERT_EQ(ts.tv_nsec, 999999999);
  // Twelve payload bytes are accepted when the seconds fit time_t...
  WRAP(twelve, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3b, 0x9a, 0xca, 0x00);
  ASSERT_EQ(argdata_get_timestamp(twelve, &ts), 0);
  ASSERT_EQ(ts.tv_sec, 1);
  ASSERT_EQ(ts.tv_nsec, 0);
  // ...but not when they do not, nor thirteen bytes.
  WRAP(huge, 0x09, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  ASSERT_EQ(argdata_get_timestamp(huge, &ts), ERANGE);
  WRAP(thirteen, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3b, 0x9a, 0xca,
       0x00);
  ASSERT_EQ(argdata_get_timestamp(thirteen, &ts), ERANGE);
  WRAP(notts, 0x05, 0x01);
  ASSERT_EQ(argdata_get_timestamp(notts, &ts), EINVAL);
}

// Walks a sequence, returning the number of elements and the final index.
static size_t count_seq(const argdata_t *ad, size_t *final) {
  argdata_seq_iterator_t it;
  const argdata_t *elem;
  size_t n = 0;
  for (argdata_seq_iterate(ad, &it); argdata_seq_get(&it, &elem); argdata_seq_next(&it))
    n++;
  *final = it.index;
  return n;
}

static size_t count_map(const argdata_t *ad, size_t *final) {
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  size_t n = 0;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it))
    n++;
  *final = it.index;
  return n;
}

TEST(iterator_layout) {
  ASSERT_EQ(sizeof(argdata_map_iterator_t), 144);
  ASSERT_EQ(_Alignof(argdata_map_iterator_t), 16);
  ASSERT_EQ(sizeof(argdata_seq_iterator_t), 144);
  ASSERT_EQ(ARGDATA_ITERATOR_END, SIZE_MAX);
  ASSERT_EQ(ARGDATA_ITERATOR_INVALID, SIZE_MAX - 1);
}

TEST(seq_iteration) {
  size_t final;
  WRAP(nf, 0x07, 0x80, 0x81, 0x02);
  argdata_seq_iterator_t it;
  const argdata_t *elem;
  argdata_seq_iterate(nf, &it);
  ASSERT_EQ(it.index, 0);
  ASSERT_TRUE(argdata_seq_get(&it, &elem));
  size_t len;
  argdata_serialized_length(elem, &len, NULL);
  ASSERT_EQ(len, 0);  // null
  argdata_seq_next(&it);
  ASSERT_EQ(it.index, 1);
  ASSERT_TRUE(argdata_seq_get(&it, &elem));
  bool b = true;
  ASSERT_EQ(argdata_get_bool(elem, &b), 0);
  ASSERT_FALSE(b);
  argdata_seq_next(&it);
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_END);
  ASSERT_FALSE(argdata_seq_get(&it, &elem));
  argdata_seq_next(&it);  // stays at the end
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_END);

  WRAP(empty, 0x07);
  ASSERT_EQ(count_seq(empty, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_END);
  ASSERT_EQ(count_seq(&argdata_null, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  WRAP(map, 0x06);
  ASSERT_EQ(count_seq(map, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
}

TEST(malformed_subfields) {
  size_t final;
  // Overlong prefix (leading 0x00 byte).
  WRAP(overlong, 0x07, 0x00, 0x81, 0x02);
  ASSERT_EQ(count_seq(overlong, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  // Length past the end of the container.
  WRAP(too_long, 0x07, 0x81, 0x02, 0x83, 0x05, 0x01);
  ASSERT_EQ(count_seq(too_long, &final), 1);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  // Prefix without its final byte.
  WRAP(unfinished, 0x07, 0x81, 0x02, 0x01);
  ASSERT_EQ(count_seq(unfinished, &final), 1);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  // A prefix that would overflow size_t.
  WRAP(overflow, 0x07, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0xff);
  ASSERT_EQ(count_seq(overflow, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  // Truncated subfield in a map value position.
  WRAP(map_trunc, 0x06, 0x82, 0x08, 0x00, 0x85, 0x05);
  ASSERT_EQ(count_map(map_trunc, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
}

TEST(map_iteration) {
  size_t final;
  WRAP(pairs, 0x06, 0x82, 0x08, 0x00, 0x81, 0x05, 0x80, 0x82, 0x02, 0x01);
  ASSERT_EQ(count_map(pairs, &final), 2);
  ASSERT_EQ(final, ARGDATA_ITERATOR_END);
  // The second key has no value.
  WRAP(dangling, 0x06, 0x82, 0x08, 0x00, 0x81, 0x05, 0x80);
  ASSERT_EQ(count_map(dangling, &final), 1);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  // A lone key is malformed from the start.
  WRAP(lone, 0x06, 0x80);
  ASSERT_EQ(count_map(lone, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  WRAP(empty, 0x06);
  ASSERT_EQ(count_map(empty, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_END);
  WRAP(seq, 0x07);
  ASSERT_EQ(count_map(seq, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
  ASSERT_EQ(count_map(&argdata_null, &final), 0);
  ASSERT_EQ(final, ARGDATA_ITERATOR_INVALID);
}

static const uint8_t worked_map[63] = {
    0x06, 0x86, 0x08, 0x70, 0x6f, 0x72, 0x74, 0x00, 0x83, 0x05, 0x1f, 0x90, 0x85,
    0x08, 0x6c, 0x6f, 0x67, 0x00, 0x85, 0x03, 0x00, 0x00, 0x00, 0x00, 0x86, 0x08,
    0x74, 0x61, 0x67, 0x73, 0x00, 0x89, 0x07, 0x83, 0x08, 0x78, 0x00, 0x83, 0x08,
    0x79, 0x00, 0x87, 0x08, 0x64, 0x65, 0x62, 0x75, 0x67, 0x00, 0x81, 0x02, 0x85,
    0x08, 0x64, 0x69, 0x72, 0x00, 0x85, 0x03, 0x00, 0x00, 0x00, 0x01,
};

TEST(worked_map_reading) {
  int calls = 0;
  argdata_t *ad = argdata_from_buffer(worked_map, sizeof(worked_map), plus_100, &calls);
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  const char *k;
  argdata_map_iterate(ad, &it);
  ASSERT_TRUE(argdata_map_get(&it, &key, &value));
  ASSERT_EQ(argdata_get_str_c(key, &k), 0);
  ASSERT_STREQ(k, "port");
  int port;
  ASSERT_EQ(argdata_get_int(value, &port), 0);
  ASSERT_EQ(port, 8080);
  argdata_map_next(&it);
  ASSERT_TRUE(argdata_map_get(&it, &key, &value));
  ASSERT_EQ(argdata_get_str_c(key, &k), 0);
  ASSERT_STREQ(k, "log");
  int fd;
  ASSERT_EQ(argdata_get_fd(value, &fd), 0);
  ASSERT_EQ(fd, 100);
  argdata_map_next(&it);
  ASSERT_TRUE(argdata_map_get(&it, &key, &value));
  ASSERT_EQ(argdata_get_str_c(key, &k), 0);
  ASSERT_STREQ(k, "tags");
  size_t final;
  ASSERT_EQ(count_seq(value, &final), 2);
  argdata_map_next(&it);
  ASSERT_TRUE(argdata_map_get(&it, &key, &value));
  bool b = true;
  ASSERT_EQ(argdata_get_bool(value, &b), 0);
  ASSERT_FALSE(b);
  argdata_map_next(&it);
  ASSERT_TRUE(argdata_map_get(&it, &key, &value));
  ASSERT_EQ(argdata_get_fd(value, &fd), 0);
  ASSERT_EQ(fd, 101);
  ASSERT_EQ(it.index, 4);
  argdata_map_next(&it);
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_END);
  argdata_free(ad);
}
