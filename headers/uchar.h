// <uchar.h>: UTF-16 and UTF-32 character conversions.
//
// Nothing is omitted.  The multibyte encoding is UTF-8 in every supported
// locale (see <locale.h>).  mbrtoc16 returns a character outside the Basic
// Multilingual Plane as a surrogate pair: the high surrogate with the byte
// count, then the low surrogate with (size_t)-3 on the next call.
// c16rtomb accepts the pair in two calls (the first stores the high
// surrogate in the state and returns 0); a lone surrogate fails with
// EILSEQ.  mbrtoc8 and c8rtomb (C23) convert to and from UTF-8 code units.
//
// Extensions: the _l variants, taking a locale as the other _l functions.
#ifndef _UCHAR_H_
#define _UCHAR_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#ifndef _MBSTATE_T_DECLARED
#define _MBSTATE_T_DECLARED
// A conversion state; all zero bytes is the initial state.
typedef struct {
  unsigned int __value;        // bits of an incomplete character
  unsigned short __surrogate;  // pending UTF-16 surrogate
  unsigned char __pending;     // UTF-8 continuation bytes still expected
  unsigned char __lower;       // allowed range of the next continuation
  unsigned char __upper;       //   byte
  unsigned char __count;       // code units still to be returned (c8)
  unsigned char __units[3];    // pending UTF-8 code units (mbrtoc8)
} mbstate_t;
#endif

#if !defined(__cplusplus) || __cplusplus < 201103L
typedef __CHAR16_TYPE__ char16_t;
typedef __CHAR32_TYPE__ char32_t;
#endif
#if !defined(__cplusplus) || !defined(__cpp_char8_t)
typedef unsigned char char8_t;
#endif

_CLOUDLIBC_BEGIN

size_t c8rtomb(char *_CLOUDLIBC_RESTRICT, char8_t,
               mbstate_t *_CLOUDLIBC_RESTRICT);
size_t c16rtomb(char *_CLOUDLIBC_RESTRICT, char16_t,
                mbstate_t *_CLOUDLIBC_RESTRICT);
size_t c16rtomb_l(char *_CLOUDLIBC_RESTRICT, char16_t,
                  mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t c32rtomb(char *_CLOUDLIBC_RESTRICT, char32_t,
                mbstate_t *_CLOUDLIBC_RESTRICT);
size_t c32rtomb_l(char *_CLOUDLIBC_RESTRICT, char32_t,
                  mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t mbrtoc8(char8_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               size_t, mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbrtoc16(char16_t *_CLOUDLIBC_RESTRICT,
                const char *_CLOUDLIBC_RESTRICT, size_t,
                mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbrtoc16_l(char16_t *_CLOUDLIBC_RESTRICT,
                  const char *_CLOUDLIBC_RESTRICT, size_t,
                  mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t mbrtoc32(char32_t *_CLOUDLIBC_RESTRICT,
                const char *_CLOUDLIBC_RESTRICT, size_t,
                mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbrtoc32_l(char32_t *_CLOUDLIBC_RESTRICT,
                  const char *_CLOUDLIBC_RESTRICT, size_t,
                  mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);

_CLOUDLIBC_END

#endif
