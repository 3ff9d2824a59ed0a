// <wchar.h>: wide-character strings and multibyte conversions.
//
// wchar_t holds a Unicode code point (UTF-32); the multibyte encoding is
// UTF-8 in every supported locale (see <locale.h>), so MB_CUR_MAX is 4.
// The converters reject overlong forms, surrogates (U+D800-U+DFFF) and
// values above U+10FFFF with EILSEQ; an incomplete character is kept in the
// mbstate_t across calls (mbrtowc returns (size_t)-2).  An mbstate_t whose
// bytes are all zero is in the initial state.  After EILSEQ the state is
// returned to the initial state.
//
// wcscoll and wcsxfrm use code point order (the C collation of all
// supported locales).  wcwidth follows Unicode East Asian Width: 2 for wide
// and fullwidth characters, 0 for NUL, combining marks and format
// characters, -1 for non-printable ones.  The wcsto* number parsers accept
// what their strto* counterparts in <stdlib.h> accept, after skipping wide
// white space (iswspace).
//
// Omitted, and why:
//   getwchar, putwchar, wprintf, wscanf, vwprintf, vwscanf: there is no
//     implicit standard input or output stream.
//   fgetwc, fgetws, fputwc, fputws, fwide, getwc, putwc, ungetwc,
//     fwprintf, fwscanf, swprintf, swscanf, vfwprintf, vfwscanf,
//     vswprintf, vswscanf: the wide-oriented stream functions are not
//     provided yet; the streams of <stdio.h> are byte oriented (its
//     printf/scanf do convert %lc and %ls).
//   wcsftime: not provided yet (it belongs with strftime in <time.h>).
//   wcswcs: the old name of wcsstr, withdrawn from X/Open.
//
// Provided although cloudlibc hid them: wcpcpy, wcscat, wcscpy, wcsncat
// (they cannot check the destination size; ported code expects them, as
// for strcpy in <string.h>).  Extensions: wcslcpy, wcslcat, wcsndup,
// wcsverscmp (strverscmp's order), wmemmem, and the _l variants (the unsuffixed functions use the current
// locale, which makes no difference among the supported locales).
#ifndef _WCHAR_H_
#define _WCHAR_H_

#include <_/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#ifndef _WINT_T_DECLARED
#define _WINT_T_DECLARED
typedef __WINT_TYPE__ wint_t;
#endif

#ifndef WEOF
#define WEOF ((wint_t)-1)
#endif

#ifndef WCHAR_MIN
#define WCHAR_MIN (-__WCHAR_MAX__ - 1)
#define WCHAR_MAX __WCHAR_MAX__
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

_CLOUDLIBC_BEGIN

wint_t btowc(int);
wint_t btowc_l(int, locale_t);
size_t mbrlen(const char *_CLOUDLIBC_RESTRICT, size_t,
              mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbrlen_l(const char *_CLOUDLIBC_RESTRICT, size_t,
                mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t mbrtowc(wchar_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               size_t, mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbrtowc_l(wchar_t *_CLOUDLIBC_RESTRICT,
                 const char *_CLOUDLIBC_RESTRICT, size_t,
                 mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
int mbsinit(const mbstate_t *);
size_t mbsnrtowcs(wchar_t *_CLOUDLIBC_RESTRICT,
                  const char **_CLOUDLIBC_RESTRICT, size_t, size_t,
                  mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbsnrtowcs_l(wchar_t *_CLOUDLIBC_RESTRICT,
                    const char **_CLOUDLIBC_RESTRICT, size_t, size_t,
                    mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t mbsrtowcs(wchar_t *_CLOUDLIBC_RESTRICT,
                 const char **_CLOUDLIBC_RESTRICT, size_t,
                 mbstate_t *_CLOUDLIBC_RESTRICT);
size_t mbsrtowcs_l(wchar_t *_CLOUDLIBC_RESTRICT,
                   const char **_CLOUDLIBC_RESTRICT, size_t,
                   mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t wcrtomb(char *_CLOUDLIBC_RESTRICT, wchar_t,
               mbstate_t *_CLOUDLIBC_RESTRICT);
size_t wcrtomb_l(char *_CLOUDLIBC_RESTRICT, wchar_t,
                 mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t wcsnrtombs(char *_CLOUDLIBC_RESTRICT,
                  const wchar_t **_CLOUDLIBC_RESTRICT, size_t, size_t,
                  mbstate_t *_CLOUDLIBC_RESTRICT);
size_t wcsnrtombs_l(char *_CLOUDLIBC_RESTRICT,
                    const wchar_t **_CLOUDLIBC_RESTRICT, size_t, size_t,
                    mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
size_t wcsrtombs(char *_CLOUDLIBC_RESTRICT,
                 const wchar_t **_CLOUDLIBC_RESTRICT, size_t,
                 mbstate_t *_CLOUDLIBC_RESTRICT);
size_t wcsrtombs_l(char *_CLOUDLIBC_RESTRICT,
                   const wchar_t **_CLOUDLIBC_RESTRICT, size_t,
                   mbstate_t *_CLOUDLIBC_RESTRICT, locale_t);
int wctob(wint_t);
int wctob_l(wint_t, locale_t);

wchar_t *wcpcpy(wchar_t *_CLOUDLIBC_RESTRICT,
                const wchar_t *_CLOUDLIBC_RESTRICT);
wchar_t *wcpncpy(wchar_t *_CLOUDLIBC_RESTRICT,
                 const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
int wcscasecmp(const wchar_t *, const wchar_t *);
int wcscasecmp_l(const wchar_t *, const wchar_t *, locale_t);
wchar_t *wcscat(wchar_t *_CLOUDLIBC_RESTRICT,
                const wchar_t *_CLOUDLIBC_RESTRICT);
wchar_t *wcschr(const wchar_t *, wchar_t);
int wcscmp(const wchar_t *, const wchar_t *);
int wcscoll(const wchar_t *, const wchar_t *);
int wcscoll_l(const wchar_t *, const wchar_t *, locale_t);
wchar_t *wcscpy(wchar_t *_CLOUDLIBC_RESTRICT,
                const wchar_t *_CLOUDLIBC_RESTRICT);
size_t wcscspn(const wchar_t *, const wchar_t *);
wchar_t *wcsdup(const wchar_t *);
size_t wcslcat(wchar_t *_CLOUDLIBC_RESTRICT,
               const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
size_t wcslcpy(wchar_t *_CLOUDLIBC_RESTRICT,
               const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
size_t wcslen(const wchar_t *);
int wcsncasecmp(const wchar_t *, const wchar_t *, size_t);
int wcsncasecmp_l(const wchar_t *, const wchar_t *, size_t, locale_t);
wchar_t *wcsncat(wchar_t *_CLOUDLIBC_RESTRICT,
                 const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
int wcsncmp(const wchar_t *, const wchar_t *, size_t);
wchar_t *wcsncpy(wchar_t *_CLOUDLIBC_RESTRICT,
                 const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
wchar_t *wcsndup(const wchar_t *, size_t);
size_t wcsnlen(const wchar_t *, size_t);
wchar_t *wcspbrk(const wchar_t *, const wchar_t *);
wchar_t *wcsrchr(const wchar_t *, wchar_t);
size_t wcsspn(const wchar_t *, const wchar_t *);
wchar_t *wcsstr(const wchar_t *, const wchar_t *);
int wcsverscmp(const wchar_t *, const wchar_t *);
wchar_t *wcstok(wchar_t *_CLOUDLIBC_RESTRICT,
                const wchar_t *_CLOUDLIBC_RESTRICT,
                wchar_t **_CLOUDLIBC_RESTRICT);
int wcswidth(const wchar_t *, size_t);
size_t wcsxfrm(wchar_t *_CLOUDLIBC_RESTRICT,
               const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
size_t wcsxfrm_l(wchar_t *_CLOUDLIBC_RESTRICT,
                 const wchar_t *_CLOUDLIBC_RESTRICT, size_t, locale_t);
int wcwidth(wchar_t);
wchar_t *wmemchr(const wchar_t *, wchar_t, size_t);
int wmemcmp(const wchar_t *, const wchar_t *, size_t);
wchar_t *wmemcpy(wchar_t *_CLOUDLIBC_RESTRICT,
                 const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
wchar_t *wmemmem(const wchar_t *, size_t, const wchar_t *, size_t);
wchar_t *wmemmove(wchar_t *, const wchar_t *, size_t);
wchar_t *wmemset(wchar_t *, wchar_t, size_t);

double wcstod(const wchar_t *_CLOUDLIBC_RESTRICT,
              wchar_t **_CLOUDLIBC_RESTRICT);
double wcstod_l(const wchar_t *_CLOUDLIBC_RESTRICT,
                wchar_t **_CLOUDLIBC_RESTRICT, locale_t);
float wcstof(const wchar_t *_CLOUDLIBC_RESTRICT,
             wchar_t **_CLOUDLIBC_RESTRICT);
float wcstof_l(const wchar_t *_CLOUDLIBC_RESTRICT,
               wchar_t **_CLOUDLIBC_RESTRICT, locale_t);
long double wcstold(const wchar_t *_CLOUDLIBC_RESTRICT,
                    wchar_t **_CLOUDLIBC_RESTRICT);
long double wcstold_l(const wchar_t *_CLOUDLIBC_RESTRICT,
                      wchar_t **_CLOUDLIBC_RESTRICT, locale_t);
long wcstol(const wchar_t *_CLOUDLIBC_RESTRICT,
            wchar_t **_CLOUDLIBC_RESTRICT, int);
long wcstol_l(const wchar_t *_CLOUDLIBC_RESTRICT,
              wchar_t **_CLOUDLIBC_RESTRICT, int, locale_t);
long long wcstoll(const wchar_t *_CLOUDLIBC_RESTRICT,
                  wchar_t **_CLOUDLIBC_RESTRICT, int);
long long wcstoll_l(const wchar_t *_CLOUDLIBC_RESTRICT,
                    wchar_t **_CLOUDLIBC_RESTRICT, int, locale_t);
unsigned long wcstoul(const wchar_t *_CLOUDLIBC_RESTRICT,
                      wchar_t **_CLOUDLIBC_RESTRICT, int);
unsigned long wcstoul_l(const wchar_t *_CLOUDLIBC_RESTRICT,
                        wchar_t **_CLOUDLIBC_RESTRICT, int, locale_t);
unsigned long long wcstoull(const wchar_t *_CLOUDLIBC_RESTRICT,
                            wchar_t **_CLOUDLIBC_RESTRICT, int);
unsigned long long wcstoull_l(const wchar_t *_CLOUDLIBC_RESTRICT,
                              wchar_t **_CLOUDLIBC_RESTRICT, int, locale_t);

_CLOUDLIBC_END

#endif
