// Internal: the scanf engine and its input source.
//
// The engine reads bytes through `struct scan_in`, either from a string
// (sscanf) or from a stream whose lock the caller holds (fscanf).  It
// needs one byte of pushback, which both sources provide for the byte
// they handed out last.
#ifndef LIBC_INTERNAL_SCAN_IMPL_H
#define LIBC_INTERNAL_SCAN_IMPL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <wchar.h>

#include "stdio_impl.h"

struct scan_wide;

struct scan_in {
  const unsigned char *str;  // string source, or NULL
  FILE *file;                // stream source, or NULL
  struct scan_wide *wide;    // wide source (UTF-8 on the fly), or NULL
  uint64_t count;            // bytes consumed, for %n
  int last;                  // the last byte handed out, or EOF
};

// The wide scanf family: the bytes of the UTF-8 form of wide characters
// taken from a wide string or a wide-oriented stream.  count then counts
// characters (those whose first byte has been handed out).
struct scan_wide {
  const wchar_t *str;        // string source, or NULL
  FILE *file;                // stream source, or NULL
  char enc[4];               // the current character's UTF-8 form
  unsigned char len, pos;    // its length, and the bytes handed out
  bool ended;                // end of input, an error or a non-character
};
int __scan_wide_getc(struct scan_in *);
void __scan_wide_ungetc(struct scan_in *);

static inline int scan_getc(struct scan_in *in) {
  int c;
  if (in->wide != NULL)
    return __scan_wide_getc(in);
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
  if (in->wide != NULL) {
    __scan_wide_ungetc(in);
    return;
  }
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
// The same over a wide format (converted to UTF-8; EOF with EILSEQ if it
// holds a non-character).  `in` reads through a struct scan_wide.
int __scan_vwscanf(struct scan_in *, const wchar_t *, va_list);

#endif
