// Internal: the printf formatting engine.
//
// The engine knows nothing about FILE objects or system calls.  It writes
// through a `struct fmt_out`: a window [buf, buf + size) that it fills, and a
// `drain` callback that the owner uses to empty (or grow, or discard) the
// window when it is full.  snprintf points the window at the caller's
// buffer, asprintf at a growing heap block, vfprintf at a staging buffer
// that drains into the stream.
//
// All characters the engine produces for numbers are ASCII; the directive
// parser (__fmt_vprintf) is the only part that depends on the character
// type of the format string, so a wide-character variant can reuse the
// number formatters below with a sink that widens bytes.
#ifndef LIBC_INTERNAL_FMT_IMPL_H
#define LIBC_INTERNAL_FMT_IMPL_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct fmt_out {
  char *buf;      // current window
  size_t used;    // bytes in the window
  size_t size;    // capacity of the window
  // Called when the window is full (and once more by the owner at the
  // end, if it wants).  Must leave `used < size` or set `error`.
  void (*drain)(struct fmt_out *);
  void *ctx;      // owner's data
  uint64_t count; // bytes produced so far
  int error;      // errno value of the first failure, 0 if none
};

static inline void fmt_write(struct fmt_out *o, const char *s, size_t n) {
  o->count += n;
  while (n > 0 && o->error == 0) {
    size_t room = o->size - o->used;
    if (room == 0) {
      o->drain(o);
      continue;
    }
    if (room > n)
      room = n;
    memcpy(o->buf + o->used, s, room);
    o->used += room;
    s += room;
    n -= room;
  }
}

static inline void fmt_pad(struct fmt_out *o, char c, size_t n) {
  o->count += n;
  while (n > 0 && o->error == 0) {
    size_t room = o->size - o->used;
    if (room == 0) {
      o->drain(o);
      continue;
    }
    if (room > n)
      room = n;
    memset(o->buf + o->used, c, room);
    o->used += room;
    n -= room;
  }
}

// Conversion flags.
#define FMT_MINUS 0x01  // '-': left-justify
#define FMT_PLUS 0x02   // '+': always a sign
#define FMT_SPACE 0x04  // ' ': space for a positive sign
#define FMT_ALT 0x08    // '#': alternative form
#define FMT_ZERO 0x10   // '0': pad with zeros
#define FMT_UPPER 0x20  // conversion letter was upper case
#define FMT_LONGDBL 0x40 // the argument was a long double (affects %a)

struct fmt_spec {
  unsigned flags;
  int width;      // minimum field width (>= 0)
  int prec;       // precision, -1 when absent
  char conv;      // conversion letter, lower case for a/e/f/g
};

// Writes `len` bytes of `body` after the prefix `pre` (sign, 0x), padded
// to the field width as the flags ask; `zeros` zero digits go between the
// prefix and the body (precision of integers).
void __fmt_field(struct fmt_out *, const struct fmt_spec *, const char *pre,
                 size_t prelen, size_t zeros, const char *body, size_t len);

// Floating-point conversions a, e, f, g (and upper case): exact, rounded to
// nearest with ties to even.  Doubles are passed widened to long double
// (exactly representable); FMT_LONGDBL selects the long double form of %a.
void __fmt_float(struct fmt_out *, const struct fmt_spec *, long double);

// The directive interpreter shared by the whole printf family.  Returns 0
// or an errno value (EINVAL for a malformed format, EOVERFLOW, EILSEQ,
// ENOMEM); the byte count is in out->count.
int __fmt_vprintf(struct fmt_out *, const char *, va_list);

// Turns __fmt_vprintf's result into a printf return value, setting errno
// on failure.
static inline int fmt_result(const struct fmt_out *o, int err) {
  if (err != 0) {
    errno = err;
    return -1;
  }
  return (int)o->count;
}

#endif
