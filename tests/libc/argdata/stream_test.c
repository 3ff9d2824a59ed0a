// argdata_reader_t / argdata_writer_t over socket pairs: the wire format,
// descriptor passing, end of stream and the error cases.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "util.h"

static bool socket_pair(int *a, int *b) {
  cloudabi_fd_t x, y;
  if (cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &x, &y) != 0)
    return false;
  *a = (int)x;
  *b = (int)y;
  return true;
}

static size_t write_all(int fd, const void *buf, size_t len) {
  cloudabi_ciovec_t iov = {.buf = buf, .buf_len = len};
  size_t n = 0;
  return cloudabi_sys_fd_write((cloudabi_fd_t)fd, &iov, 1, &n) == 0 ? n : 0;
}

static size_t read_some(int fd, void *buf, size_t len) {
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = len};
  size_t n = 0;
  return cloudabi_sys_fd_read((cloudabi_fd_t)fd, &iov, 1, &n) == 0 ? n : 0;
}

static bool is_open(int fd) {
  cloudabi_fdstat_t st;
  return cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st) == 0;
}

static void close_fd(int fd) {
  cloudabi_sys_fd_close((cloudabi_fd_t)fd);
}

TEST(plain_message_wire_format) {
  int a, b;
  ASSERT_TRUE(socket_pair(&a, &b));
  argdata_t *port = argdata_create_int(8080);
  argdata_writer_t *w = argdata_writer_create();
  ASSERT_TRUE(w != NULL);
  ASSERT_EQ(argdata_writer_push(w, a), 0);  // nothing queued
  argdata_writer_set(w, port);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_set(w, &argdata_null);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  uint8_t got[32];
  size_t n = 0;
  while (n < 19) {
    size_t r = read_some(b, got + n, sizeof(got) - n);
    ASSERT_TRUE(r > 0);
    n += r;
  }
  static const uint8_t expected[] = {0, 0, 0, 0, 0, 0, 0, 3, 0x05, 0x1f, 0x90,
                                     0, 0, 0, 0, 0, 0, 0, 0};
  ASSERT_EQ(n, sizeof(expected));
  ASSERT_MEMEQ(got, expected, sizeof(expected));
  argdata_writer_free(w);
  argdata_free(port);
  close_fd(a);
  close_fd(b);
}

TEST(messages_and_end_of_stream) {
  int a, b;
  ASSERT_TRUE(socket_pair(&a, &b));
  argdata_t *s = argdata_create_str_c("hello");
  argdata_writer_t *w = argdata_writer_create();
  argdata_writer_set(w, s);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_set(w, &argdata_null);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_set(w, &argdata_true);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_free(w);
  argdata_free(s);
  close_fd(a);

  argdata_reader_t *r = argdata_reader_create(64, 0);
  ASSERT_TRUE(r != NULL);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  const argdata_t *msg = argdata_reader_get(r);
  ASSERT_TRUE(msg != NULL);
  const char *str;
  ASSERT_EQ(argdata_get_str_c(msg, &str), 0);
  ASSERT_STREQ(str, "hello");
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  msg = argdata_reader_get(r);
  ASSERT_TRUE(msg != NULL);
  size_t len;
  argdata_serialized_length(msg, &len, NULL);
  ASSERT_EQ(len, 0);  // null
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  bool v = false;
  ASSERT_EQ(argdata_get_bool(argdata_reader_get(r), &v), 0);
  ASSERT_TRUE(v);
  // The writer's end is closed: end of stream.
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  argdata_reader_free(r);
  close_fd(b);
}

TEST(truncated_message_is_ebadmsg) {
  int a, b;
  ASSERT_TRUE(socket_pair(&a, &b));
  static const uint8_t partial[] = {0, 0, 0, 0, 0, 0, 0, 5, 0x08, 'a'};
  ASSERT_EQ(write_all(a, partial, sizeof(partial)), sizeof(partial));
  close_fd(a);
  argdata_reader_t *r = argdata_reader_create(64, 4);
  ASSERT_EQ(argdata_reader_pull(r, b), EBADMSG);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  argdata_reader_free(r);
  close_fd(b);

  // Inside the header too.
  ASSERT_TRUE(socket_pair(&a, &b));
  ASSERT_EQ(write_all(a, partial, 3), 3);
  close_fd(a);
  r = argdata_reader_create(64, 0);
  ASSERT_EQ(argdata_reader_pull(r, b), EBADMSG);
  argdata_reader_free(r);
  close_fd(b);
}

TEST(oversized_message_is_emsgsize) {
  int a, b;
  ASSERT_TRUE(socket_pair(&a, &b));
  static const uint8_t big[] = {0, 0, 0, 0, 0, 0, 0, 65, 0x01};
  ASSERT_EQ(write_all(a, big, sizeof(big)), sizeof(big));
  argdata_reader_t *r = argdata_reader_create(64, 0);
  ASSERT_EQ(argdata_reader_pull(r, b), EMSGSIZE);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  argdata_reader_free(r);
  close_fd(a);
  close_fd(b);

  // The limit applies before anything is allocated; an allocation that
  // fails is ENOMEM and can be retried.
  ASSERT_TRUE(socket_pair(&a, &b));
  static const uint8_t absurd[] = {0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
  ASSERT_EQ(write_all(a, absurd, sizeof(absurd)), sizeof(absurd));
  r = argdata_reader_create(SIZE_MAX, 0);
  ASSERT_EQ(argdata_reader_pull(r, b), ENOMEM);
  ASSERT_EQ(argdata_reader_pull(r, b), ENOMEM);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  argdata_reader_free(r);
  close_fd(a);
  close_fd(b);
}

TEST(fds_need_a_socket) {
  int dir = test_tmpdir();
  ASSERT_TRUE(dir >= 0);
  argdata_t *fd = argdata_create_fd(dir);
  argdata_writer_t *w = argdata_writer_create();
  argdata_writer_set(w, fd);
  ASSERT_EQ(argdata_writer_push(w, dir), ENOTSOCK);
  argdata_writer_free(w);
  argdata_free(fd);
}

// The worked example of the format description: a map with two fds.
TEST(descriptors_travel_with_the_message) {
  int a, b, c, d, e, f;
  ASSERT_TRUE(socket_pair(&a, &b));  // the channel
  ASSERT_TRUE(socket_pair(&c, &d));  // passed as "log"
  ASSERT_TRUE(socket_pair(&e, &f));  // passed as "dir"

  argdata_t *x = argdata_create_str_c("x"), *y = argdata_create_str_c("y");
  const argdata_t *tag_items[] = {x, y};
  argdata_t *tags = argdata_create_seq(tag_items, 2);
  argdata_t *port = argdata_create_int(8080);
  argdata_t *log = argdata_create_fd(c), *dir = argdata_create_fd(e);
  argdata_t *k[5] = {argdata_create_str_c("port"), argdata_create_str_c("log"),
                     argdata_create_str_c("tags"), argdata_create_str_c("debug"),
                     argdata_create_str_c("dir")};
  const argdata_t *keys[5] = {k[0], k[1], k[2], k[3], k[4]};
  const argdata_t *values[5] = {port, log, tags, &argdata_false, dir};
  argdata_t *map = argdata_create_map(keys, values, 5);

  argdata_writer_t *w = argdata_writer_create();
  argdata_writer_set(w, map);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  // A second message reuses one of the descriptors.
  const argdata_t *again_items[] = {dir};
  argdata_t *again = argdata_create_seq(again_items, 1);
  argdata_writer_set(w, again);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_free(w);
  close_fd(a);

  argdata_reader_t *r = argdata_reader_create(4096, 4);
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  const argdata_t *msg = argdata_reader_get(r);
  ASSERT_TRUE(msg != NULL);
  size_t len;
  argdata_serialized_length(msg, &len, NULL);
  ASSERT_EQ(len, 63);

  int got_log = -1, got_dir = -1;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  size_t entries = 0;
  for (argdata_map_iterate(msg, &it); argdata_map_get(&it, &key, &value);
       argdata_map_next(&it)) {
    const char *name;
    ASSERT_EQ(argdata_get_str_c(key, &name), 0);
    if (strcmp(name, "log") == 0)
      ASSERT_EQ(argdata_get_fd(value, &got_log), 0);
    else if (strcmp(name, "dir") == 0)
      ASSERT_EQ(argdata_get_fd(value, &got_dir), 0);
    entries++;
  }
  ASSERT_EQ(entries, 5);
  ASSERT_EQ(it.index, ARGDATA_ITERATOR_END);
  ASSERT_TRUE(got_log >= 0 && got_dir >= 0 && got_log != got_dir);
  ASSERT_TRUE(got_log != c && got_dir != e);  // new descriptors

  // They are the same sockets: what goes in one end comes out at d and f.
  ASSERT_EQ(write_all(got_log, "L", 1), 1);
  char ch = 0;
  ASSERT_EQ(read_some(d, &ch, 1), 1);
  ASSERT_EQ(ch, 'L');
  ASSERT_EQ(write_all(got_dir, "D", 1), 1);
  ASSERT_EQ(read_some(f, &ch, 1), 1);
  ASSERT_EQ(ch, 'D');

  // Releasing one keeps it open and takes it out of the message.
  argdata_reader_release_fd(r, got_log);
  argdata_map_iterate(msg, &it);
  argdata_map_next(&it);
  ASSERT_TRUE(argdata_map_get(&it, &key, &value));
  int fd;
  ASSERT_EQ(argdata_get_fd(value, &fd), EBADF);

  // The next pull closes the descriptors that were not released.
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  ASSERT_TRUE(is_open(got_log));
  msg = argdata_reader_get(r);
  argdata_seq_iterator_t sit;
  const argdata_t *elem;
  argdata_seq_iterate(msg, &sit);
  ASSERT_TRUE(argdata_seq_get(&sit, &elem));
  int second = -1;
  ASSERT_EQ(argdata_get_fd(elem, &second), 0);
  ASSERT_EQ(write_all(second, "S", 1), 1);
  ASSERT_EQ(read_some(f, &ch, 1), 1);
  ASSERT_EQ(ch, 'S');
  if (second != got_dir)
    ASSERT_FALSE(is_open(got_dir));

  // End of stream; freeing the reader closes the last message's fds.
  ASSERT_EQ(argdata_reader_pull(r, b), 0);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  ASSERT_FALSE(is_open(second));
  argdata_reader_free(r);
  ASSERT_TRUE(is_open(got_log));
  close_fd(got_log);

  argdata_free(again);
  argdata_free(map);
  for (size_t i = 0; i < 5; i++)
    argdata_free(k[i]);
  argdata_free(log);
  argdata_free(dir);
  argdata_free(port);
  argdata_free(tags);
  argdata_free(x);
  argdata_free(y);
  close_fd(b);
  close_fd(c);
  close_fd(d);
  close_fd(e);
  close_fd(f);
}

TEST(raw_descriptor_message) {
  // What the writer puts on the wire, seen through sock_recv.
  int a, b, c, d;
  ASSERT_TRUE(socket_pair(&a, &b));
  ASSERT_TRUE(socket_pair(&c, &d));
  argdata_t *fc = argdata_create_fd(c), *fd_ = argdata_create_fd(d);
  const argdata_t *items[] = {fd_, fc, fd_};
  argdata_t *seq = argdata_create_seq(items, 3);
  argdata_writer_t *w = argdata_writer_create();
  argdata_writer_set(w, seq);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_free(w);

  uint8_t data[64];
  cloudabi_fd_t fds[4];
  cloudabi_iovec_t iov = {.buf = data, .buf_len = sizeof(data)};
  cloudabi_recv_in_t in = {.ri_data = &iov, .ri_data_len = 1, .ri_fds = fds, .ri_fds_len = 4};
  cloudabi_recv_out_t out;
  ASSERT_EQ(cloudabi_sys_sock_recv((cloudabi_fd_t)b, &in, &out), 0);
  ASSERT_EQ(out.ro_fdslen, 2);
  ASSERT_EQ(out.ro_datalen, 8 + 19);
  static const uint8_t expected[] = {0, 0, 0, 0, 0, 0, 0, 19,
                                     0x07, 0x85, 0x03, 0x00, 0x00, 0x00, 0x00,
                                     0x85, 0x03, 0x00, 0x00, 0x00, 0x01,
                                     0x85, 0x03, 0x00, 0x00, 0x00, 0x00};
  ASSERT_MEMEQ(data, expected, sizeof(expected));
  // Index 0 is d, index 1 is c: write into the received copy of d, read at c.
  ASSERT_EQ(write_all((int)fds[0], "z", 1), 1);
  char ch = 0;
  ASSERT_EQ(read_some(c, &ch, 1), 1);
  ASSERT_EQ(ch, 'z');
  close_fd((int)fds[0]);
  close_fd((int)fds[1]);
  argdata_free(seq);
  argdata_free(fc);
  argdata_free(fd_);
  close_fd(a);
  close_fd(b);
  close_fd(c);
  close_fd(d);
}

TEST(too_many_descriptors_is_emsgsize) {
  int a, b, c, d;
  ASSERT_TRUE(socket_pair(&a, &b));
  ASSERT_TRUE(socket_pair(&c, &d));
  argdata_t *fc = argdata_create_fd(c), *fd_ = argdata_create_fd(d);
  const argdata_t *items[] = {fc, fd_};
  argdata_t *seq = argdata_create_seq(items, 2);
  argdata_writer_t *w = argdata_writer_create();
  argdata_writer_set(w, seq);
  ASSERT_EQ(argdata_writer_push(w, a), 0);
  argdata_writer_free(w);
  argdata_reader_t *r = argdata_reader_create(64, 1);
  ASSERT_EQ(argdata_reader_pull(r, b), EMSGSIZE);
  ASSERT_TRUE(argdata_reader_get(r) == NULL);
  argdata_reader_free(r);
  argdata_free(seq);
  argdata_free(fc);
  argdata_free(fd_);
  close_fd(a);
  close_fd(b);
  close_fd(c);
  close_fd(d);
}
