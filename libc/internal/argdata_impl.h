// Internal: representation of argdata_t.  A node either wraps serialized
// bytes (read lazily, in place) or holds a value built in memory by one of
// the argdata_create_* functions.
#ifndef LIBC_INTERNAL_ARGDATA_IMPL_H
#define LIBC_INTERNAL_ARGDATA_IMPL_H

#include <_/struct_timespec.h>
#include <argdata.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Tags of the serialized encoding.
enum {
  ADT_BINARY = 1,
  ADT_BOOL = 2,
  ADT_FD = 3,
  ADT_FLOAT = 4,
  ADT_INT = 5,
  ADT_MAP = 6,
  ADT_SEQ = 7,
  ADT_STR = 8,
  ADT_TIMESTAMP = 9,
};

enum argdata_kind {
  AD_BUFFER,     // serialized bytes
  AD_BINARY,     // in memory: bytes
  AD_FD,
  AD_FLOAT,
  AD_INT_S,
  AD_INT_U,
  AD_MAP,
  AD_SEQ,
  AD_STR,        // in memory: UTF-8, n bytes (s[n] may not be NUL)
  AD_TIMESTAMP,
};

typedef int argdata_convert_fd_t(void *, size_t);

struct argdata_t {
  enum argdata_kind kind;
  union {
    struct {
      const uint8_t *buf;
      size_t len;
      argdata_convert_fd_t *convert_fd;
      void *convert_arg;
    } buffer;
    struct {
      const void *ptr;
      size_t len;
    } bytes;  // AD_BINARY, AD_STR
    int fd;
    double f;
    intmax_t int_s;
    uintmax_t int_u;
    struct {
      const argdata_t *const *keys;
      const argdata_t *const *values;
      size_t count;
    } map;
    struct {
      const argdata_t *const *items;
      size_t count;
    } seq;
    struct timespec timestamp;
  };
};

// Private part of both iterator types.
struct argdata_iterator_state {
  const argdata_t *container;  // in-memory container; NULL when serialized
  const uint8_t *pos;          // serialized: next unread subfield
  size_t remaining;
  argdata_convert_fd_t *convert_fd;
  void *convert_arg;
  argdata_t key;    // serialized: current key (maps) or element (seqs)
  argdata_t value;  // serialized: current value (maps)
};

_Static_assert(sizeof(struct argdata_iterator_state) <= sizeof(((argdata_map_iterator_t *)0)->data),
               "iterator state fits the public iterator");

static inline void argdata_init_buffer(argdata_t *ad, const void *buf, size_t len,
                                       argdata_convert_fd_t *convert_fd, void *arg) {
  ad->kind = AD_BUFFER;
  ad->buffer.buf = buf;
  ad->buffer.len = len;
  ad->buffer.convert_fd = convert_fd;
  ad->buffer.convert_arg = arg;
}

// Splits a serialized node into tag and payload.  False for null (empty).
static inline bool argdata_buffer_split(const argdata_t *ad, unsigned *tag,
                                        const uint8_t **payload, size_t *len) {
  if (ad->buffer.len == 0)
    return false;
  *tag = ad->buffer.buf[0];
  *payload = ad->buffer.buf + 1;
  *len = ad->buffer.len - 1;
  return true;
}

// Reads one length-prefixed subfield from a container payload, advancing
// *pos/*remaining.  Returns 0, or EINVAL on a malformed prefix.
int __argdata_read_subfield(const uint8_t **pos, size_t *remaining,
                            const uint8_t **field, size_t *field_len);

// Decodes the big-endian two's-complement payload of an int or timestamp
// (empty = 0).  ERANGE when it is longer than max_bytes.
int __argdata_decode_int(const uint8_t *p, size_t n, size_t max_bytes, __int128 *value);

// 0 when [s, s+n) is valid UTF-8 (no surrogates, no overlongs, <= U+10FFFF).
int __argdata_validate_utf8(const char *s, size_t n);

// Shared by the map and seq iterators: `pairs` selects maps.
void __argdata_iterate(const argdata_t *ad, size_t *index,
                       struct argdata_iterator_state *state, bool pairs);
void __argdata_iterator_advance(size_t *index, struct argdata_iterator_state *state,
                                bool pairs);

#endif
