// Byte-exact vectors for the argdata builder (argdata.md §2-3).
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "argdata_builder.h"
#include "check.h"
#include "tests.h"

// Serializes without renumbering, checks the bytes, releases the node.
#define CHECK_NODE(node, hex) check_node(__FILE__, __LINE__, (node), (hex))
static void check_node(const char *file, int line, struct adb_node *node,
                       const char *hex) {
  unsigned char *buf;
  size_t len;
  ++check_count;
  if (node == NULL || adb_serialize(node, SIZE_MAX, &buf, &len, NULL, NULL)) {
    ++check_failures;
    fprintf(stderr, "%s:%d: node creation or serialization failed\n", file,
            line);
    adb_unref(node);
    return;
  }
  if (len != adb_serialized_length(node)) {
    ++check_failures;
    fprintf(stderr, "%s:%d: length mismatch\n", file, line);
  }
  check_bytes(file, line, buf, len, hex);
  free(buf);
  adb_unref(node);
}

static void test_integers(void) {
  static const struct {
    int64_t value;
    const char *hex;
  } signed_cases[] = {
      {0, "05"},          {1, "05 01"},          {127, "05 7F"},
      {128, "05 00 80"},  {256, "05 01 00"},     {8080, "05 1F 90"},
      {32767, "05 7F FF"}, {32768, "05 00 80 00"}, {-1, "05 FF"},
      {-5, "05 FB"},      {-129, "05 FF 7F"},    {-32768, "05 80 00"},
      {-32769, "05 FF 7F FF"},
      {INT64_MAX, "05 7F FF FF FF FF FF FF FF"},
      {INT64_MIN, "05 80 00 00 00 00 00 00 00"},
  };
  for (size_t i = 0; i < sizeof(signed_cases) / sizeof(*signed_cases); ++i)
    CHECK_NODE(adb_int_signed(signed_cases[i].value), signed_cases[i].hex);
  CHECK_NODE(adb_int_unsigned(0), "05");
  CHECK_NODE(adb_int_unsigned(128), "05 00 80");
  CHECK_NODE(adb_int_unsigned(UINT64_MAX), "05 00 FF FF FF FF FF FF FF FF");
  CHECK_NODE(adb_int_unsigned((uint64_t)INT64_MAX + 1),
             "05 00 80 00 00 00 00 00 00 00");
}

static void test_scalars(void) {
  CHECK_NODE(adb_float(1.0), "04 3F F0 00 00 00 00 00 00");
  CHECK_NODE(adb_float(-2.5), "04 C0 04 00 00 00 00 00 00");
  CHECK_NODE(adb_float(0.1), "04 3F B9 99 99 99 99 99 9A");
  CHECK_NODE(adb_float(-INFINITY), "04 FF F0 00 00 00 00 00 00");
  CHECK_NODE(adb_str("", 0), "08 00");
  CHECK_NODE(adb_str("h\xC3\xA9", 3), "08 68 C3 A9 00");
  CHECK_NODE(adb_str("a\0b", 3), "08 61 00 62 00");  // inner NUL is allowed
  CHECK_NODE(adb_binary("\x00\xFF", 2), "01 00 FF");
  CHECK_NODE(adb_binary("", 0), "01");
  CHECK_NODE(adb_bool(false), "02");
  CHECK_NODE(adb_bool(true), "02 01");
  CHECK_NODE(adb_fd(7), "03 00 00 00 07");
  CHECK_NODE(adb_fd(0x01020304), "03 01 02 03 04");
  CHECK_NODE(adb_null(), "");
  CHECK_NODE(adb_seq(), "07");
  CHECK_NODE(adb_map(), "06");
  CHECK(adb_fd(-1) == NULL);
}

static void test_timestamps(void) {
  CHECK_NODE(adb_timestamp(0, 0), "09");
  CHECK_NODE(adb_timestamp(0, 1), "09 01");
  CHECK_NODE(adb_timestamp(1, 0), "09 3B 9A CA 00");
  CHECK_NODE(adb_timestamp(0, 999999999), "09 3B 9A C9 FF");
  CHECK_NODE(adb_timestamp(-1, 0), "09 C4 65 36 00");
  CHECK_NODE(adb_timestamp(-1, 999999999), "09 FF");
  CHECK_NODE(adb_timestamp(1500000000, 123456789),
             "09 14 D1 12 0D 82 71 CD 15");
  // Beyond 64 bits of nanoseconds: 9999-12-31T23:59:59.999999999Z and
  // 0000-01-01T00:00:00Z (vectors computed with Python integers).
  CHECK_NODE(adb_timestamp(253402300799, 999999999),
             "09 0D BC A9 D1 FE A2 AE FF FF");
  CHECK_NODE(adb_timestamp(-62167219200, 0), "09 FC A1 41 AB 83 7E 28 00 00");
  CHECK(adb_timestamp(0, 1000000000) == NULL);
}

// The length prefix of a seq element holding `len` bytes.
static void check_prefix(size_t len, const char *hex) {
  struct adb_node *seq = adb_seq();
  unsigned char *filler = calloc(len + 1, 1);
  CHECK(adb_seq_append(seq, len == 0 ? adb_null()
                                     : adb_binary(filler, len - 1)) == 0);
  free(filler);
  unsigned char *buf;
  size_t total;
  CHECK(adb_serialize(seq, SIZE_MAX, &buf, &total, NULL, NULL) == 0);
  size_t prefix_len = total - 1 - len;
  CHECK(buf[0] == 0x07);
  CHECK_BYTES(buf + 1, prefix_len, hex);
  if (len > 0)
    CHECK(buf[1 + prefix_len] == 0x01);  // the element starts right after
  free(buf);
  adb_unref(seq);
}

static void test_length_prefixes(void) {
  check_prefix(0, "80");
  check_prefix(1, "81");
  check_prefix(6, "86");
  check_prefix(127, "FF");
  check_prefix(128, "01 80");
  check_prefix(201, "01 C9");
  check_prefix(16383, "7F FF");
  check_prefix(16384, "01 00 80");

  struct adb_node *seq = adb_seq();
  CHECK(adb_seq_append(seq, adb_null()) == 0);
  CHECK(adb_seq_append(seq, adb_bool(false)) == 0);
  CHECK_NODE(seq, "07 80 81 02");

  // A 199-character string: element of 201 bytes, prefix 01 C9.
  char text[199];
  memset(text, 'x', sizeof(text));
  seq = adb_seq();
  CHECK(adb_seq_append(seq, adb_str(text, sizeof(text))) == 0);
  unsigned char *buf;
  size_t len;
  CHECK(adb_serialize(seq, SIZE_MAX, &buf, &len, NULL, NULL) == 0);
  CHECK(len == 204);
  CHECK_BYTES(buf, 5, "07 01 C9 08 78");
  CHECK(buf[len - 1] == 0x00);
  free(buf);
  adb_unref(seq);
}

static struct adb_node *str_node(const char *s) { return adb_str(s, strlen(s)); }

// argdata.md §2.6: the 63-byte map with two descriptors.
static void test_worked_example(void) {
  const int fd_a = 12, fd_b = 4;  // any two distinct host fds
  struct adb_node *map = adb_map();
  struct adb_node *tags = adb_seq();
  CHECK(adb_seq_append(tags, str_node("x")) == 0);
  CHECK(adb_seq_append(tags, str_node("y")) == 0);
  CHECK(adb_map_append(map, str_node("port"), adb_int_signed(8080)) == 0);
  CHECK(adb_map_append(map, str_node("log"), adb_fd(fd_a)) == 0);
  CHECK(adb_map_append(map, str_node("tags"), tags) == 0);
  CHECK(adb_map_append(map, str_node("debug"), adb_bool(false)) == 0);
  CHECK(adb_map_append(map, str_node("dir"), adb_fd(fd_b)) == 0);
  unsigned char *buf;
  size_t len, nfds;
  int *fds;
  CHECK(adb_serialize(map, SIZE_MAX, &buf, &len, &fds, &nfds) == 0);
  CHECK(len == 63);
  CHECK_BYTES(buf, len,
              "06 86 08 70 6F 72 74 00 83 05 1F 90 85 08 6C 6F 67 00"
              "85 03 00 00 00 00 86 08 74 61 67 73 00"
              "89 07 83 08 78 00 83 08 79 00 87 08 64 65 62 75 67 00"
              "81 02 85 08 64 69 72 00 85 03 00 00 00 01");
  CHECK(nfds == 2 && fds[0] == fd_a && fds[1] == fd_b);
  free(buf);
  free(fds);
  // Too long for the limit: refused, nothing allocated.
  CHECK(adb_serialize(map, 62, &buf, &len, &fds, &nfds) == EOVERFLOW);
  adb_unref(map);
}

static void test_renumbering(void) {
  struct adb_node *seq = adb_seq();
  struct adb_node *five = adb_fd(5);
  CHECK(adb_seq_append(seq, adb_ref(five)) == 0);
  CHECK(adb_seq_append(seq, adb_fd(9)) == 0);
  CHECK(adb_seq_append(seq, five) == 0);  // shared node, counted once
  unsigned char *buf;
  size_t len, nfds;
  int *fds;
  CHECK(adb_serialize(seq, SIZE_MAX, &buf, &len, &fds, &nfds) == 0);
  CHECK_BYTES(buf, len,
              "07 85 03 00 00 00 00 85 03 00 00 00 01 85 03 00 00 00 00");
  CHECK(nfds == 2 && fds[0] == 5 && fds[1] == 9);
  free(buf);
  free(fds);
  // Without an fd array the host numbers are written as they are.
  CHECK(adb_serialize(seq, SIZE_MAX, &buf, &len, NULL, NULL) == 0);
  CHECK_BYTES(buf, len,
              "07 85 03 00 00 00 05 85 03 00 00 00 09 85 03 00 00 00 05");
  free(buf);
  adb_unref(seq);

  // A map key is walked before its value.
  struct adb_node *map = adb_map();
  CHECK(adb_map_append(map, adb_fd(30), adb_fd(20)) == 0);
  CHECK(adb_serialize(map, SIZE_MAX, &buf, &len, &fds, &nfds) == 0);
  CHECK(nfds == 2 && fds[0] == 30 && fds[1] == 20);
  CHECK_BYTES(buf, len, "06 85 03 00 00 00 00 85 03 00 00 00 01");
  free(buf);
  free(fds);
  adb_unref(map);
}

static void test_utf8(void) {
  CHECK(adb_utf8_valid("", 0));
  CHECK(adb_utf8_valid("plain ascii", 11));
  CHECK(adb_utf8_valid("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 9));
  CHECK(adb_utf8_valid("\xF4\x8F\xBF\xBF", 4));  // U+10FFFF
  CHECK(!adb_utf8_valid("\x80", 1));              // lone continuation
  CHECK(!adb_utf8_valid("\xC0\x80", 2));          // overlong NUL
  CHECK(!adb_utf8_valid("\xE0\x80\x80", 3));      // overlong
  CHECK(!adb_utf8_valid("\xED\xA0\x80", 3));      // surrogate U+D800
  CHECK(!adb_utf8_valid("\xF4\x90\x80\x80", 4));  // above U+10FFFF
  CHECK(!adb_utf8_valid("\xF8\x88\x80\x80\x80", 5));
  CHECK(!adb_utf8_valid("\xE2\x82", 2));  // truncated
  errno = 0;
  CHECK(adb_str("\xFF", 1) == NULL && errno == EILSEQ);
}

static void test_shared_nodes(void) {
  // Doubling a shared seq 70 times describes 2^70 elements: the length
  // saturates instead of wrapping and serialization refuses it.
  struct adb_node *node = adb_seq();
  CHECK(adb_seq_append(node, adb_int_signed(1)) == 0);
  for (int i = 0; i < 70; ++i) {
    struct adb_node *pair = adb_seq();
    CHECK(adb_seq_append(pair, adb_ref(node)) == 0);
    CHECK(adb_seq_append(pair, node) == 0);
    node = pair;
  }
  CHECK(adb_serialized_length(node) == SIZE_MAX);
  unsigned char *buf;
  size_t len;
  CHECK(adb_serialize(node, (size_t)1 << 20, &buf, &len, NULL, NULL) ==
        EOVERFLOW);
  adb_unref(node);
}

void test_builder(void) {
  test_integers();
  test_scalars();
  test_timestamps();
  test_length_prefixes();
  test_worked_example();
  test_renumbering();
  test_utf8();
  test_shared_nodes();
}
