// In-memory trees through serialize + argdata_from_buffer, and wrapped
// buffers re-serialized with their fd fields renumbered.
#include <_/struct_timespec.h>
#include <argdata.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util.h"

// fd fields of a message index this table.
struct fd_table {
  const int *fds;
  size_t n;
};

static int from_table(void *arg, size_t raw) {
  const struct fd_table *t = arg;
  return raw < t->n ? t->fds[raw] : -1;
}

static int identity(void *arg, size_t raw) {
  return raw <= INT32_MAX ? (int)raw : -1;
}

TEST(every_kind_round_trips) {
  static const uint8_t blob[] = {0xde, 0xad, 0xbe, 0xef};
  struct timespec when = {-86401, 5};
  argdata_t *nodes[] = {
      argdata_create_binary(blob, sizeof(blob)),
      argdata_create_fd(12),
      argdata_create_float(-0.0),
      argdata_create_int_s(INT64_MIN),
      argdata_create_int_u(UINT64_MAX),
      argdata_create_str("nul\0inside", 10),
      argdata_create_timestamp(&when),
      argdata_create_fd(3),
      argdata_create_fd(12),
  };
  const size_t nnodes = sizeof(nodes) / sizeof(nodes[0]);
  const argdata_t *items[12];
  for (size_t i = 0; i < nnodes; i++) {
    ASSERT_TRUE(nodes[i] != NULL);
    items[i] = nodes[i];
  }
  items[nnodes] = &argdata_true;
  items[nnodes + 1] = &argdata_null;
  argdata_t *inner = argdata_create_seq(items, nnodes + 2);
  argdata_t *key = argdata_create_str_c("inner");
  const argdata_t *keys[] = {key, &argdata_false};
  const argdata_t *values[] = {inner, key};
  argdata_t *root = argdata_create_map(keys, values, 2);

  size_t len, nfds;
  argdata_serialized_length(root, &len, &nfds);
  ASSERT_EQ(nfds, 3);
  uint8_t *buf = malloc(len + 1);
  buf[len] = SENTINEL;
  int fds[3] = {-1, -1, -1};
  ASSERT_EQ(argdata_serialize(root, buf, fds), 2);
  ASSERT_EQ(buf[len], SENTINEL);
  ASSERT_EQ(fds[0], 12);
  ASSERT_EQ(fds[1], 3);

  struct fd_table table = {fds, 2};
  argdata_t *wrapped = argdata_from_buffer(buf, len, from_table, &table);
  argdata_map_iterator_t mit;
  const argdata_t *k, *v;
  argdata_map_iterate(wrapped, &mit);
  ASSERT_TRUE(argdata_map_get(&mit, &k, &v));
  const char *s;
  size_t n;
  ASSERT_EQ(argdata_get_str_c(k, &s), 0);
  ASSERT_STREQ(s, "inner");

  argdata_seq_iterator_t it;
  const argdata_t *e;
  argdata_seq_iterate(v, &it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  const void *p;
  ASSERT_EQ(argdata_get_binary(e, &p, &n), 0);
  ASSERT_EQ(n, 4);
  ASSERT_MEMEQ(p, blob, 4);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  int fd;
  ASSERT_EQ(argdata_get_fd(e, &fd), 0);
  ASSERT_EQ(fd, 12);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  double d;
  ASSERT_EQ(argdata_get_float(e, &d), 0);
  ASSERT_TRUE(d == 0 && 1 / d < 0);  // negative zero kept
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  intmax_t is;
  ASSERT_EQ(argdata_get_int_s(e, &is, INTMAX_MIN, INTMAX_MAX), 0);
  ASSERT_TRUE(is == INT64_MIN);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  uintmax_t iu;
  ASSERT_EQ(argdata_get_int_u(e, &iu, UINTMAX_MAX), 0);
  ASSERT_TRUE(iu == UINT64_MAX);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  ASSERT_EQ(argdata_get_str(e, &s, &n), 0);
  ASSERT_EQ(n, 10);
  ASSERT_MEMEQ(s, "nul\0inside", 11);  // terminator included
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  struct timespec ts;
  ASSERT_EQ(argdata_get_timestamp(e, &ts), 0);
  ASSERT_EQ(ts.tv_sec, -86401);
  ASSERT_EQ(ts.tv_nsec, 5);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  ASSERT_EQ(argdata_get_fd(e, &fd), 0);
  ASSERT_EQ(fd, 3);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  ASSERT_EQ(argdata_get_fd(e, &fd), 0);
  ASSERT_EQ(fd, 12);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  bool b = false;
  ASSERT_EQ(argdata_get_bool(e, &b), 0);
  ASSERT_TRUE(b);
  argdata_seq_next(&it);
  ASSERT_TRUE(argdata_seq_get(&it, &e));
  size_t elen;
  argdata_serialized_length(e, &elen, NULL);
  ASSERT_EQ(elen, 0);
  argdata_seq_next(&it);
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_END);

  argdata_map_next(&mit);
  ASSERT_TRUE(argdata_map_get(&mit, &k, &v));
  ASSERT_EQ(argdata_get_bool(k, &b), 0);
  ASSERT_FALSE(b);
  ASSERT_EQ(argdata_get_str_c(v, &s), 0);
  ASSERT_STREQ(s, "inner");
  argdata_map_next(&mit);
  ASSERT_EQ(mit.index, ARGDATA_ITERATOR_END);

  // Re-serializing the wrapped copy gives the same bytes and descriptors.
  size_t len2, nfds2;
  argdata_serialized_length(wrapped, &len2, &nfds2);
  ASSERT_EQ(len2, len);
  ASSERT_EQ(nfds2, 3);
  uint8_t *buf2 = malloc(len2);
  int fds2[3] = {-1, -1, -1};
  ASSERT_EQ(argdata_serialize(wrapped, buf2, fds2), 2);
  ASSERT_MEMEQ(buf2, buf, len);
  ASSERT_EQ(fds2[0], 12);
  ASSERT_EQ(fds2[1], 3);

  free(buf2);
  free(buf);
  argdata_free(wrapped);
  argdata_free(root);
  argdata_free(inner);
  argdata_free(key);
  for (size_t i = 0; i < nnodes; i++)
    argdata_free(nodes[i]);
}

TEST(in_memory_iteration_hands_out_own_nodes) {
  argdata_t *a = argdata_create_int(1), *b = argdata_create_int(2);
  const argdata_t *keys[] = {a}, *values[] = {b};
  argdata_t *map = argdata_create_map(keys, values, 1);
  argdata_map_iterator_t it;
  const argdata_t *k, *v;
  argdata_map_iterate(map, &it);
  ASSERT_EQ(it.index, 0);
  ASSERT_TRUE(argdata_map_get(&it, &k, &v));
  ASSERT_TRUE(k == a && v == b);
  argdata_map_next(&it);
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_END);
  ASSERT_FALSE(argdata_map_get(&it, &k, &v));

  argdata_t *empty = argdata_create_seq(NULL, 0);
  argdata_seq_iterator_t sit;
  const argdata_t *e;
  argdata_seq_iterate(empty, &sit);
  ASSERT_FALSE(argdata_seq_get(&sit, &e));
  // A map is not a sequence and vice versa.
  argdata_seq_iterate(map, &sit);
  ASSERT_EQ(sit.index, ARGDATA_ITERATOR_INVALID);
  argdata_map_iterate(empty, &it);
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_INVALID);
  argdata_free(empty);
  argdata_free(map);
  argdata_free(a);
  argdata_free(b);
}

// fd fields inside wrapped buffers and in-memory fd nodes share one
// numbering, by first occurrence in encoding order.
TEST(renumbering_across_wrapped_and_in_memory) {
  // [fd#1, [fd#0, fd#7], fd#0] as received: indices into {20, 21}.
  static const uint8_t msg[] = {0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 0x01,
                                0x8d, 0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 0x00,
                                0x85, 0x03, 0x00, 0x00, 0x00, 0x07,
                                0x85, 0x03, 0x00, 0x00, 0x00, 0x00};
  static const int received[] = {20, 21};
  struct fd_table table = {received, 2};
  argdata_t *wrapped = argdata_from_buffer(msg, sizeof(msg), from_table, &table);
  argdata_t *mine = argdata_create_fd(30), *again = argdata_create_fd(20);
  const argdata_t *items[] = {mine, wrapped, again};
  argdata_t *seq = argdata_create_seq(items, 3);
  size_t len, nfds;
  argdata_serialized_length(seq, &len, &nfds);
  ASSERT_EQ(len, 1 + 6 + 1 + sizeof(msg) + 6);
  ASSERT_EQ(nfds, 6);
  uint8_t out[64];
  int fds[6];
  ASSERT_EQ(argdata_serialize(seq, out, fds), 3);
  ASSERT_EQ(fds[0], 30);
  ASSERT_EQ(fds[1], 21);
  ASSERT_EQ(fds[2], 20);
  static const uint8_t expected[] = {
      0x07,                                      //
      0x85, 0x03, 0x00, 0x00, 0x00, 0x00,        // 30 -> 0
      0x9b,                                      // the wrapped message:
      0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 0x01,  //   21 -> 1
      0x8d, 0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 0x02,  // 20 -> 2
      0x85, 0x03, 0xff, 0xff, 0xff, 0xff,        //   unresolvable
      0x85, 0x03, 0x00, 0x00, 0x00, 0x02,        //   20 again
      0x85, 0x03, 0x00, 0x00, 0x00, 0x02,        // 20 -> 2
  };
  ASSERT_EQ(len, sizeof(expected));
  ASSERT_MEMEQ(out, expected, sizeof(expected));

  // Without an fds array the process numbers are written.
  ASSERT_EQ(argdata_serialize(wrapped, out, NULL), 0);
  static const uint8_t plain[] = {0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 21,
                                  0x8d, 0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 20,
                                  0x85, 0x03, 0xff, 0xff, 0xff, 0xff,
                                  0x85, 0x03, 0x00, 0x00, 0x00, 20};
  ASSERT_MEMEQ(out, plain, sizeof(plain));

  argdata_free(seq);
  argdata_free(mine);
  argdata_free(again);
  argdata_free(wrapped);
}

TEST(wrapped_without_callback_is_unresolvable) {
  static const uint8_t fd[] = {0x03, 0x00, 0x00, 0x00, 0x04};
  argdata_t *ad = argdata_from_buffer(fd, sizeof(fd), NULL, NULL);
  size_t len, nfds;
  argdata_serialized_length(ad, &len, &nfds);
  ASSERT_EQ(len, 5);
  ASSERT_EQ(nfds, 1);
  uint8_t out[5];
  int fds[1] = {-1};
  ASSERT_EQ(argdata_serialize(ad, out, fds), 0);
  static const uint8_t expected[] = {0x03, 0xff, 0xff, 0xff, 0xff};
  ASSERT_MEMEQ(out, expected, 5);
  ASSERT_EQ(fds[0], -1);
  argdata_free(ad);

  // The identity mapping of program start-up passes numbers through.
  ad = argdata_from_buffer(fd, sizeof(fd), identity, NULL);
  ASSERT_EQ(argdata_serialize(ad, out, NULL), 0);
  ASSERT_MEMEQ(out, fd, 5);
  argdata_free(ad);
}

TEST(malformed_wrapped_data_is_copied) {
  // A map whose second key has no value, and a bad prefix after an fd:
  // everything is copied, the fd before the damage is still renumbered.
  static const uint8_t msg[] = {0x06, 0x81, 0x02, 0x85, 0x03, 0x00, 0x00, 0x00, 0x09,
                                0x84, 0x03, 0x00, 0x00, 0x01,  // fd with 3 bytes: not an fd
                                0x86, 0x03, 0x00, 0x00, 0x00, 0x09, 0x00,  // nor with 5
                                0x00, 0x85, 0x03, 0x00, 0x00, 0x00, 0x09};
  argdata_t *ad = argdata_from_buffer(msg, sizeof(msg), identity, NULL);
  size_t len, nfds;
  argdata_serialized_length(ad, &len, &nfds);
  ASSERT_EQ(len, sizeof(msg));
  ASSERT_EQ(nfds, 1);
  uint8_t out[sizeof(msg)];
  int fds[1];
  ASSERT_EQ(argdata_serialize(ad, out, fds), 1);
  ASSERT_EQ(fds[0], 9);
  uint8_t expected[sizeof(msg)];
  memcpy(expected, msg, sizeof(msg));
  expected[8] = 0x00;
  ASSERT_MEMEQ(out, expected, sizeof(msg));
  argdata_free(ad);
}

TEST(deep_nesting_round_trips) {
  // Forty levels of single-element sequences around an integer.
  argdata_t *levels[41];
  const argdata_t *slots[40];
  levels[0] = argdata_create_int(-7);
  for (size_t i = 1; i <= 40; i++) {
    slots[i - 1] = levels[i - 1];
    levels[i] = argdata_create_seq(&slots[i - 1], 1);
  }
  size_t len;
  argdata_serialized_length(levels[40], &len, NULL);
  ASSERT_EQ(len, 2 + 40 * 2);
  uint8_t out[82];
  argdata_serialize(levels[40], out, NULL);
  const argdata_t *cur = argdata_from_buffer(out, len, NULL, NULL);
  const argdata_t *outer = cur;
  argdata_seq_iterator_t its[40];
  for (size_t i = 0; i < 40; i++) {
    argdata_seq_iterate(cur, &its[i]);
    ASSERT_TRUE(argdata_seq_get(&its[i], &cur));
  }
  int v;
  ASSERT_EQ(argdata_get_int(cur, &v), 0);
  ASSERT_EQ(v, -7);
  argdata_free((argdata_t *)outer);
  for (size_t i = 0; i <= 40; i++)
    argdata_free(levels[i]);
}
