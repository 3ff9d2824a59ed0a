// Internal: wide-character input and output on the byte streams of
// <stdio.h>.
//
// A wide-oriented stream keeps the same byte buffer as any other; the
// wide functions encode to and decode from UTF-8 at its edge, one
// character at a time.  Callers hold the stream lock.
#ifndef LIBC_INTERNAL_WSTDIO_IMPL_H
#define LIBC_INTERNAL_WSTDIO_IMPL_H

#include <stdarg.h>
#include <wchar.h>

#include "stdio_impl.h"

// The next character, or WEOF at end of file, on a read error, on an
// invalid or truncated UTF-8 sequence (errno EILSEQ, error indicator set;
// a byte that cannot continue a sequence is left unread), or when the
// stream is byte oriented (errno EINVAL).
wint_t __stdio_getwc(FILE *);

// Writes the UTF-8 form of a character: the character, or WEOF on a write
// error, for a surrogate or a value above U+10FFFF (errno EILSEQ, nothing
// written), or on a byte-oriented stream (errno EINVAL).
wint_t __stdio_putwc(wchar_t, FILE *);

// Wide printf into a stream (the lock held): a printf return value.
int __stdio_vfwprintf(FILE *, const wchar_t *, va_list);

// Wide scanf from a stream (the lock held): a scanf return value.
int __stdio_vfwscanf(FILE *, const wchar_t *, va_list);

#endif
