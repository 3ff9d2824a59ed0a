// <stdlib.h>: general utilities.
//
// Omitted, and why:
//   mkstemp, mkdtemp, realpath: need the global filesystem; use mkstempat
//     and mkdtempat (below) relative to a directory descriptor instead.
//   system, WEXITSTATUS and the other wait-status macros: there is no shell
//     and no process namespace.
//   putenv, setenv, unsetenv: the environment is a read-only view of the
//     argdata `env` map (see <program.h>).
//   srand, srandom, srand48, seed48, lcong48, initstate, setstate: the
//     generators are seeded from random_get by the library.  rand() and
//     random() return arc4random() >> 1: uniform over [0, RAND_MAX],
//     thread-safe, not reproducible.  drand48/lrand48/mrand48 share one
//     48-bit state seeded from random_get on first use; erand48/nrand48/
//     jrand48 are deterministic on the caller's state.
//
// Extensions: mkstempat(dirfd, template) and mkdtempat(dirfd, template)
// are mkstemp and mkdtemp within the directory dirfd: the template's last
// six characters, which must be "XXXXXX" (else EINVAL), become random
// letters and digits (from arc4random) and the file (O_RDWR | O_CREAT |
// O_EXCL, mode 0600) or directory (mode 0700) is created with openat or
// mkdirat, with a new name while the name exists (up to 100 times, then
// EEXIST).  On failure the template is left as it was.  The directory needs
// the rights to create files or directories.
//
// The _l variants ignore their locale: only C and C.UTF-8 exist, and both
// use '.' as the decimal point.
//   grantpt, posix_openpt, ptsname, unlockpt: no terminals.
//   setkey: no DES-style encryption.  l64a: hidden static state (l64a_r).
#ifndef _STDLIB_H_
#define _STDLIB_H_

#include <_/types.h>

#define EXIT_FAILURE 1
#define EXIT_SUCCESS 0
#define RAND_MAX 0x7fffffff

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

_CLOUDLIBC_BEGIN

size_t __mb_cur_max(void);
size_t MB_CUR_MAX_L(locale_t);
#define MB_CUR_MAX __mb_cur_max()

_CLOUDLIBC_NORETURN void _Exit(int);
_CLOUDLIBC_NORETURN void abort(void);
_CLOUDLIBC_NORETURN void exit(int);
_CLOUDLIBC_NORETURN void quick_exit(int);
int atexit(void (*)(void));
int at_quick_exit(void (*)(void));

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void *reallocarray(void *, size_t, size_t);
void free(void *);
int posix_memalign(void **, size_t, size_t);
void *aligned_alloc(size_t, size_t);

char *getenv(const char *);

int abs(int);
long labs(long);
long long llabs(long long);
div_t div(int, int);
ldiv_t ldiv(long, long);
lldiv_t lldiv(long long, long long);

double atof(const char *);
int atoi(const char *);
long atol(const char *);
long long atoll(const char *);
double strtod(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT);
float strtof(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT);
long double strtold(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT);
long strtol(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int);
long long strtoll(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int);
unsigned long strtoul(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int);
unsigned long long strtoull(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int);
double strtod_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, locale_t);
float strtof_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, locale_t);
long double strtold_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, locale_t);
long strtol_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int, locale_t);
long long strtoll_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int, locale_t);
unsigned long strtoul_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int, locale_t);
unsigned long long strtoull_l(const char *_CLOUDLIBC_RESTRICT, char **_CLOUDLIBC_RESTRICT, int, locale_t);

void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);
void *bsearch(const void *, const void *, size_t, size_t, int (*)(const void *, const void *));

int rand(void);
long random(void);
double drand48(void);
double erand48(unsigned short[3]);
long jrand48(unsigned short[3]);
long lrand48(void);
long mrand48(void);
long nrand48(unsigned short[3]);
uint32_t arc4random(void);
void arc4random_buf(void *, size_t);
uint32_t arc4random_uniform(uint32_t);

int mblen(const char *, size_t);
int mbtowc(wchar_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, size_t);
int wctomb(char *, wchar_t);
size_t mbstowcs(wchar_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, size_t);
size_t wcstombs(char *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT, size_t);
int mblen_l(const char *, size_t, locale_t);
int mbtowc_l(wchar_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, size_t, locale_t);
int wctomb_l(char *, wchar_t, locale_t);
size_t mbstowcs_l(wchar_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, size_t, locale_t);
size_t wcstombs_l(char *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT, size_t, locale_t);

long a64l(const char *);
char *l64a_r(long, char *, int);
int getsubopt(char **, char *const *, char **);
char *mkdtempat(int, char *);
int mkstempat(int, char *);

#define alloca(size) __builtin_alloca(size)

_CLOUDLIBC_END

#endif
