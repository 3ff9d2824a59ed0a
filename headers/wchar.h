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
// Wide-character streams: the FILE objects of <stdio.h> with an
// orientation (fwide).  The first byte operation (reading or writing
// through a <stdio.h> function) makes a stream byte oriented, the first
// wide one wide oriented, and the orientation then stays; the wide
// functions fail with EINVAL on a byte-oriented stream.  Wide output is
// written as UTF-8 (a surrogate or a value above U+10FFFF fails with
// EILSEQ and writes nothing); wide input decodes UTF-8 (an invalid or
// truncated sequence fails with EILSEQ and sets the error indicator).
// ungetwc pushes back one character (its UTF-8 bytes).  open_wmemstream
// is unbuffered, so its positions count wide characters.  In the wide
// printf family %s converts a multibyte string and %ls copies; width and
// precision count wide characters; swprintf returns -1 (EOVERFLOW) when
// the result does not fit.  The wide scanf family runs the scanf engine of
// <stdio.h> over the UTF-8 form of the input: field widths and %n count
// wide characters, %c, %s and %[ store multibyte characters, and %lc, %ls
// and %l[ wide ones; but a scan set is a set of bytes, so a non-ASCII
// character is matched by its first UTF-8 byte.
//
// Omitted, and why:
//   wcswcs: the old name of wcsstr, withdrawn from X/Open.
//
// Provided although cloudlibc hid them: getwchar, putwchar, wprintf,
// wscanf, vwprintf, vwscanf (stdin and stdout exist; see <stdio.h>),
// open_wmemstream, and wcpcpy, wcscat, wcscpy, wcsncat (they cannot check
// the destination size; ported code expects them, as for strcpy in
// <string.h>).  Extensions: aswprintf/vaswprintf (into a new heap
// array), dwprintf/vdwprintf (UTF-8 to a descriptor), getwdelim/getwline
// (getdelim and getline in wide characters; sizes count wide
// characters), wcsptime (strptime for wide strings), wcslcpy, wcslcat,
// wcsndup, wcsverscmp (strverscmp's
// order), wmemmem, the *_unlocked stream functions (the
// caller holds the lock, as with getc_unlocked), and the _l variants (the
// unsuffixed functions use the current locale, which makes no difference
// among the supported locales).
#ifndef _WCHAR_H_
#define _WCHAR_H_

#include <_/types.h>
#include <stdarg.h>

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

typedef struct __FILE FILE;

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
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

// Wide-character streams.
int fwide(FILE *, int);
wint_t fgetwc(FILE *);
wint_t getwc(FILE *);
wint_t getwchar(void);
wchar_t *fgetws(wchar_t *_CLOUDLIBC_RESTRICT, int, FILE *_CLOUDLIBC_RESTRICT);
wint_t fputwc(wchar_t, FILE *);
wint_t putwc(wchar_t, FILE *);
wint_t putwchar(wchar_t);
int fputws(const wchar_t *_CLOUDLIBC_RESTRICT, FILE *_CLOUDLIBC_RESTRICT);
wint_t ungetwc(wint_t, FILE *);
FILE *open_wmemstream(wchar_t **, size_t *);
ssize_t getwdelim(wchar_t **_CLOUDLIBC_RESTRICT, size_t *_CLOUDLIBC_RESTRICT,
                  wint_t, FILE *_CLOUDLIBC_RESTRICT);
ssize_t getwline(wchar_t **_CLOUDLIBC_RESTRICT, size_t *_CLOUDLIBC_RESTRICT,
                 FILE *_CLOUDLIBC_RESTRICT);
// The caller holds the stream lock (flockfile).
wint_t fgetwc_unlocked(FILE *);
wint_t getwc_unlocked(FILE *);
wint_t getwchar_unlocked(void);
wchar_t *fgetws_unlocked(wchar_t *_CLOUDLIBC_RESTRICT, int,
                         FILE *_CLOUDLIBC_RESTRICT);
wint_t fputwc_unlocked(wchar_t, FILE *);
wint_t putwc_unlocked(wchar_t, FILE *);
wint_t putwchar_unlocked(wchar_t);
int fputws_unlocked(const wchar_t *_CLOUDLIBC_RESTRICT,
                    FILE *_CLOUDLIBC_RESTRICT);

int fwprintf(FILE *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int fwprintf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t,
               const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int swprintf(wchar_t *_CLOUDLIBC_RESTRICT, size_t,
             const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int swprintf_l(wchar_t *_CLOUDLIBC_RESTRICT, size_t, locale_t,
               const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int wprintf(const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int vfwprintf(FILE *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
              va_list);
int vfwprintf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t,
                const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vswprintf(wchar_t *_CLOUDLIBC_RESTRICT, size_t,
              const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vswprintf_l(wchar_t *_CLOUDLIBC_RESTRICT, size_t, locale_t,
                const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vwprintf(const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int aswprintf(wchar_t **_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int aswprintf_l(wchar_t **_CLOUDLIBC_RESTRICT, locale_t,
                const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int vaswprintf(wchar_t **_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
               va_list);
int vaswprintf_l(wchar_t **_CLOUDLIBC_RESTRICT, locale_t,
                 const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int dwprintf(int, const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int dwprintf_l(int, locale_t, const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int vdwprintf(int, const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vdwprintf_l(int, locale_t, const wchar_t *_CLOUDLIBC_RESTRICT, va_list);

int fwscanf(FILE *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int fwscanf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t,
              const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int swscanf(const wchar_t *_CLOUDLIBC_RESTRICT,
            const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int swscanf_l(const wchar_t *_CLOUDLIBC_RESTRICT, locale_t,
              const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int wscanf(const wchar_t *_CLOUDLIBC_RESTRICT, ...);
int vfwscanf(FILE *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
             va_list);
int vfwscanf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t,
               const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vswscanf(const wchar_t *_CLOUDLIBC_RESTRICT,
             const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vswscanf_l(const wchar_t *_CLOUDLIBC_RESTRICT, locale_t,
               const wchar_t *_CLOUDLIBC_RESTRICT, va_list);
int vwscanf(const wchar_t *_CLOUDLIBC_RESTRICT, va_list);

// strftime and strptime for wide strings (implemented with <time.h>:
// format and input go through their UTF-8 form).  wcsptime (a cloudlibc
// extension) returns a pointer into the wide input just past what it
// parsed, or NULL; a character without a UTF-8 form (a surrogate, or
// beyond U+10FFFF) in the format makes it fail, and in the input it is
// never consumed.
struct tm;
size_t wcsftime(wchar_t *_CLOUDLIBC_RESTRICT, size_t, const wchar_t *_CLOUDLIBC_RESTRICT,
                const struct tm *_CLOUDLIBC_RESTRICT);
size_t wcsftime_l(wchar_t *_CLOUDLIBC_RESTRICT, size_t, const wchar_t *_CLOUDLIBC_RESTRICT,
                  const struct tm *_CLOUDLIBC_RESTRICT, locale_t);
wchar_t *wcsptime(const wchar_t *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
                  struct tm *_CLOUDLIBC_RESTRICT);
wchar_t *wcsptime_l(const wchar_t *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
                    struct tm *_CLOUDLIBC_RESTRICT, locale_t);

_CLOUDLIBC_END

#endif
