// Internal: the scanf engine and its input source.
//
// The engine reads bytes through `struct scan_in`, either from a string
// (sscanf) or from a stream whose lock the caller holds (fscanf).  It
// needs one byte of pushback, which both sources provide for the byte
// they handed out last.
#ifndef LIBC_INTERNAL_SCAN_IMPL_H
#define LIBC_INTERNAL_SCAN_IMPL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "stdio_impl.h"

struct scan_in {
  const unsigned char *str;  // string source, or NULL
  FILE *file;                // stream source, or NULL
  uint64_t count;            // bytes consumed, for %n
  int last;                  // the last byte handed out, or EOF
};

static inline int scan_getc(struct scan_in *in) {
  int c;
  if (in->str != NULL) {
    c = *in->str;
    if (c == '\0')
      c = EOF;
    else
      in->str++;
  } else {
    c = stdio_getc(in->file);
  }
  in->last = c;
  if (c != EOF)
    in->count++;
  return c;
}

// Gives back the byte just read (a no-op after EOF).
static inline void scan_ungetc(struct scan_in *in) {
  if (in->last == EOF)
    return;
  in->count--;
  if (in->str != NULL)
    in->str--;
  else
    in->file->s.rpos--;  // the byte is still in its slot
  in->last = EOF;
}

// Returns the number of assignments, or EOF for an input failure before
// the first conversion (errno set for a read error).
int __scan_vscanf(struct scan_in *, const char *, va_list);

#endif
