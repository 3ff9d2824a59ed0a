// <iconv.h>: character set conversion.
//
// Encodings (names compared without regard to case, '-' or '_'):
//   UTF-8; UTF-16, UTF-16LE, UTF-16BE; UTF-32, UTF-32LE, UTF-32BE;
//   UCS-2, UCS-2LE, UCS-2BE (UTF-16 without surrogates); UCS-4, UCS-4LE,
//   UCS-4BE; ISO-8859-1 (LATIN1, L1, ISO8859-1); ASCII (US-ASCII,
//   ANSI_X3.4-1968); WCHAR_T (this libc's wchar_t, UTF-32 in native byte
//   order); "" and "char" (the locale's multibyte encoding, UTF-8).
// Byte order: when decoding, UTF-16 and UTF-32 honour and remove a byte
// order mark and default to big endian; when encoding they write a byte
// order mark and then little endian (native) units, as glibc does.  UCS-2
// and UCS-4 without a suffix are native and big endian respectively (also
// as glibc).
//
// A target name may end in "//TRANSLIT" (characters the target cannot
// represent become a close ASCII spelling for common punctuation, else
// '?') and/or "//IGNORE" (they are skipped, and so are invalid input
// sequences; iconv then still converts the whole input but fails with
// EILSEQ at the end, as glibc does).  The return value counts the
// characters converted in such an irreversible way.
//
// Errors follow POSIX: EILSEQ (invalid input, or a character the target
// cannot represent: *inbuf points at it), EINVAL (incomplete sequence at
// the end of the input: call again with more), E2BIG (output full).  All
// conversions resume where they stopped.
//
// Nothing standard is omitted.
#ifndef _ICONV_H_
#define _ICONV_H_

#include <_/types.h>

typedef struct __iconv *iconv_t;

_CLOUDLIBC_BEGIN

size_t iconv(iconv_t, char **_CLOUDLIBC_RESTRICT, size_t *_CLOUDLIBC_RESTRICT,
             char **_CLOUDLIBC_RESTRICT, size_t *_CLOUDLIBC_RESTRICT);
int iconv_close(iconv_t);
iconv_t iconv_open(const char *, const char *);

_CLOUDLIBC_END

#endif
