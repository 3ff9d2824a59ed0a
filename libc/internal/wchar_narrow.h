// Internal: the wcsto* functions parse numbers by narrowing the wide
// string to ASCII and handing it to their strto* counterparts.
//
// Leading white space is skipped with iswspace (as C requires for the wide
// functions); then the longest run of characters that can occur in a
// number (ASCII letters and digits, and for floating point also "+-.()_")
// is copied into a byte buffer, on the stack when short.  A non-ASCII
// character ends the run, and cannot be part of a number anyway.  The end
// pointer of the narrow parse is mapped back to the wide string; when
// nothing was converted it is the start of the input, as for strto*.
#ifndef LIBC_INTERNAL_WCHAR_NARROW_H
#define LIBC_INTERNAL_WCHAR_NARROW_H

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unicode_ctype.h>
#include <wchar.h>

#define NARROW_STACK 128

struct narrow {
  const wchar_t *start;  // the wide input
  size_t skipped;        // white space characters skipped
  char *buf;             // the narrowed run, null-terminated
  char stack[NARROW_STACK];
};

static inline bool narrow_accepts(wchar_t c, bool floating) {
  if ((uint32_t)c - '0' < 10 || ((uint32_t)c | 32) - 'a' < 26)
    return true;
  if (c == '+' || c == '-')
    return true;
  return floating && (c == '.' || c == '(' || c == ')' || c == '_');
}

// Fills in n; returns false (with errno set to ENOMEM) if a long run did
// not fit on the stack and malloc failed.
static inline bool narrow_begin(struct narrow *n, const wchar_t *s,
                                bool floating) {
  n->start = s;
  size_t ws = 0;
  while (unicode_has(s[ws], UNICODE_SPACE))
    ++ws;
  n->skipped = ws;
  s += ws;
  size_t len = 0;
  while (narrow_accepts(s[len], floating))
    ++len;
  n->buf = n->stack;
  if (len >= NARROW_STACK) {
    n->buf = malloc(len + 1);
    if (n->buf == NULL) {
      errno = ENOMEM;
      return false;
    }
  }
  for (size_t i = 0; i < len; ++i)
    n->buf[i] = (char)s[i];
  n->buf[len] = '\0';
  return true;
}

// Stores the wide end pointer for the narrow one and releases the buffer.
static inline void narrow_end(struct narrow *n, char *end, wchar_t **endptr) {
  if (endptr != NULL) {
    size_t used = (size_t)(end - n->buf);
    *endptr = (wchar_t *)(used == 0 ? n->start : n->start + n->skipped + used);
  }
  if (n->buf != n->stack) {
    int saved = errno;  // keep the parser's ERANGE
    free(n->buf);
    errno = saved;
  }
}

// The result of a failed narrow_begin.
static inline void narrow_fail(struct narrow *n, wchar_t **endptr) {
  if (endptr != NULL)
    *endptr = (wchar_t *)n->start;
}

#endif
