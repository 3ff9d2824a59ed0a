// Internal: the writing side of argdata (creation, length computation,
// serialization) shares these helpers.
#ifndef LIBC_INTERNAL_ARGDATA_ENCODE_H
#define LIBC_INTERNAL_ARGDATA_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "argdata_impl.h"

// Encoded fd fields that cannot be resolved to a process descriptor.
#define ARGDATA_FD_UNRESOLVED UINT32_C(0xffffffff)

// Number of bytes in the subfield length prefix for a field of len bytes:
// one byte per 7-bit group, at least one.
static inline size_t argdata_prefix_size(size_t len) {
  size_t n = 1;
  while (len >= 0x80) {
    len >>= 7;
    n++;
  }
  return n;
}

// Writes the length prefix (most significant group first, the high bit
// marking the final byte) and returns the position after it.
static inline uint8_t *argdata_write_prefix(uint8_t *out, size_t len) {
  size_t n = argdata_prefix_size(len);
  for (size_t i = n; i-- > 0;) {
    out[i] = (uint8_t)(len & 0x7f);
    len >>= 7;
  }
  out[n - 1] |= 0x80;
  return out + n;
}

static inline void argdata_write_be32(uint8_t *out, uint32_t v) {
  out[0] = (uint8_t)(v >> 24);
  out[1] = (uint8_t)(v >> 16);
  out[2] = (uint8_t)(v >> 8);
  out[3] = (uint8_t)v;
}

// Writes the shortest big-endian two's-complement form of v (nothing for
// zero) into out, which must hold 16 bytes.  Returns the number of bytes.
size_t __argdata_encode_int(__int128 v, uint8_t *out);

// The integer a timestamp node stands for: nanoseconds since the epoch.
static inline __int128 argdata_timestamp_ns(const argdata_t *ad) {
  return (__int128)ad->timestamp.tv_sec * 1000000000 + ad->timestamp.tv_nsec;
}

// Visits every well-formed fd field (tag 0x03, four-byte payload) of the
// serialized value [buf, buf+len) in encoding order, descending into maps
// and sequences.  `offset` is the position of the four-byte number within
// buf.  Parsing of a container stops at its first malformed subfield.
typedef void argdata_fd_visitor_t(void *ctx, size_t offset, uint32_t raw);
void __argdata_visit_fds(const uint8_t *buf, size_t len, argdata_fd_visitor_t *visit,
                         void *ctx);

// Formats a finite, non-zero double as YAML text (see argdata_print_yaml):
// 18 significant digits, correctly rounded (ties to even), trailing zeros
// stripped, exponent omitted when zero.  Returns the length written to
// out, which must hold ARGDATA_FLOAT_TEXT_MAX bytes (NUL included).
#define ARGDATA_FLOAT_TEXT_MAX 32
size_t __argdata_format_double(double v, char *out);

#endif
