// <stdio.h>: buffered streams, formatted input and output.
//
// Omitted, and why:
//   fopen, freopen, remove, rename, tmpnam, tempnam, L_tmpnam, P_tmpdir,
//     TMP_MAX: they name files in the global filesystem namespace.  Open
//     files relative to a directory descriptor with fopenat() instead,
//     exchange streams with fswap() instead of freopen(), and use
//     unlinkat()/renameat() for the rest.  tmpfile() needs no name: it is
//     backed by an anonymous shared-memory object.
//   ctermid, L_ctermid: there are no terminals.
//   popen, pclose: there is no shell.
//   gets: cannot be told the size of its buffer; use fgets or getline.
//
// Provided although cloudlibc left them out:
//   stdin, stdout, printf, puts, getchar, putchar, scanf, vprintf, vscanf,
//     getchar_unlocked, putchar_unlocked: the standard streams exist as
//     FILE objects, but they are connected to a descriptor only when the
//     program was granted one under the `stdin`, `stdout` or `stderr` key of
//     its argdata (see <program.h>).  An ungranted stream fails every
//     operation with EBADF and writes nowhere.  stdout is fully buffered,
//     or line buffered when bound to a character device; stderr is
//     unbuffered.
//   sprintf, vsprintf: ported software expects them; prefer snprintf.
//
// Extensions: fopenat, fswap, asprintf, vasprintf, dprintf-style output to a
// descriptor, getc/putc style *_unlocked functions, and an _l variant of the
// formatting functions.  Locales: only the C locale with UTF-8 encoding
// exists, so the _l variants accept a locale_t for compatibility and behave
// exactly like the plain functions (the decimal point is always '.').
#ifndef _STDIO_H_
#define _STDIO_H_

#include <_/types.h>
#include <stdarg.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif

typedef struct __FILE FILE;

// A stream position: the byte offset (all streams are byte oriented and
// the only multibyte encoding is stateless UTF-8 as far as streams care).
typedef struct {
  __off_t __offset;
} fpos_t;

#define BUFSIZ 8192
#define EOF (-1)
#define FILENAME_MAX 1024
#define FOPEN_MAX 1000

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

// These are the POSIX values, not CloudABI's whence numbers; the library
// translates them.
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

_CLOUDLIBC_BEGIN

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

// Opening and closing.
FILE *fdopen(int, const char *);
FILE *fdopen_l(int, const char *, locale_t);
FILE *fopenat(int, const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT);
FILE *fopenat_l(int, const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
                locale_t);
FILE *fmemopen(void *_CLOUDLIBC_RESTRICT, size_t, const char *_CLOUDLIBC_RESTRICT);
FILE *fmemopen_l(void *_CLOUDLIBC_RESTRICT, size_t, const char *_CLOUDLIBC_RESTRICT,
                 locale_t);
FILE *open_memstream(char **, size_t *);
FILE *open_memstream_l(char **, size_t *, locale_t);
FILE *tmpfile(void);
FILE *tmpfile_l(locale_t);
void fswap(FILE *, FILE *);
// Renames a file relative to two directory descriptors (the replacement for
// rename(); defined with the other *at() functions).
int renameat(int, const char *, int, const char *);

int fclose(FILE *);
int fflush(FILE *);
int fileno(FILE *);

// Buffering.
void setbuf(FILE *_CLOUDLIBC_RESTRICT, char *_CLOUDLIBC_RESTRICT);
int setvbuf(FILE *_CLOUDLIBC_RESTRICT, char *_CLOUDLIBC_RESTRICT, int, size_t);

// Status.
void clearerr(FILE *);
int feof(FILE *);
int ferror(FILE *);
void perror(const char *);
void perror_l(const char *, locale_t);

// Character and line input/output.
int fgetc(FILE *);
int getc(FILE *);
int getchar(void);
int ungetc(int, FILE *);
char *fgets(char *_CLOUDLIBC_RESTRICT, int, FILE *_CLOUDLIBC_RESTRICT);
ssize_t getdelim(char **_CLOUDLIBC_RESTRICT, size_t *_CLOUDLIBC_RESTRICT, int,
                 FILE *_CLOUDLIBC_RESTRICT);
ssize_t getline(char **_CLOUDLIBC_RESTRICT, size_t *_CLOUDLIBC_RESTRICT,
                FILE *_CLOUDLIBC_RESTRICT);
int fputc(int, FILE *);
int putc(int, FILE *);
int putchar(int);
int fputs(const char *_CLOUDLIBC_RESTRICT, FILE *_CLOUDLIBC_RESTRICT);
int puts(const char *);
size_t fread(void *_CLOUDLIBC_RESTRICT, size_t, size_t, FILE *_CLOUDLIBC_RESTRICT);
size_t fwrite(const void *_CLOUDLIBC_RESTRICT, size_t, size_t,
              FILE *_CLOUDLIBC_RESTRICT);

// Positioning.
int fseek(FILE *, long, int);
int fseeko(FILE *, off_t, int);
long ftell(FILE *);
off_t ftello(FILE *);
void rewind(FILE *);
int fgetpos(FILE *_CLOUDLIBC_RESTRICT, fpos_t *_CLOUDLIBC_RESTRICT);
int fsetpos(FILE *, const fpos_t *);

// Locking: the lock is recursive; the *_unlocked functions assume the
// caller holds it.
void flockfile(FILE *);
int ftrylockfile(FILE *);
void funlockfile(FILE *);
int getc_unlocked(FILE *);
int getchar_unlocked(void);
int putc_unlocked(int, FILE *);
int putchar_unlocked(int);
int fgetc_unlocked(FILE *);
int fputc_unlocked(int, FILE *);
size_t fread_unlocked(void *_CLOUDLIBC_RESTRICT, size_t, size_t,
                      FILE *_CLOUDLIBC_RESTRICT);
size_t fwrite_unlocked(const void *_CLOUDLIBC_RESTRICT, size_t, size_t,
                       FILE *_CLOUDLIBC_RESTRICT);
int fputs_unlocked(const char *_CLOUDLIBC_RESTRICT, FILE *_CLOUDLIBC_RESTRICT);
char *fgets_unlocked(char *_CLOUDLIBC_RESTRICT, int, FILE *_CLOUDLIBC_RESTRICT);
int fflush_unlocked(FILE *);
void clearerr_unlocked(FILE *);
int feof_unlocked(FILE *);
int ferror_unlocked(FILE *);
int fileno_unlocked(FILE *);

// Formatted output.
int printf(const char *_CLOUDLIBC_RESTRICT, ...);
int fprintf(FILE *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, ...);
int sprintf(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, ...);
int snprintf(char *_CLOUDLIBC_RESTRICT, size_t, const char *_CLOUDLIBC_RESTRICT, ...);
int dprintf(int, const char *_CLOUDLIBC_RESTRICT, ...);
int asprintf(char **_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, ...);
int vprintf(const char *_CLOUDLIBC_RESTRICT, va_list);
int vfprintf(FILE *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, va_list);
int vsprintf(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, va_list);
int vsnprintf(char *_CLOUDLIBC_RESTRICT, size_t, const char *_CLOUDLIBC_RESTRICT,
              va_list);
int vdprintf(int, const char *_CLOUDLIBC_RESTRICT, va_list);
int vasprintf(char **_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, va_list);
int fprintf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT,
              ...);
int snprintf_l(char *_CLOUDLIBC_RESTRICT, size_t, locale_t,
               const char *_CLOUDLIBC_RESTRICT, ...);
int dprintf_l(int, locale_t, const char *_CLOUDLIBC_RESTRICT, ...);
int asprintf_l(char **_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT,
               ...);
int vfprintf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT,
               va_list);
int vsnprintf_l(char *_CLOUDLIBC_RESTRICT, size_t, locale_t,
                const char *_CLOUDLIBC_RESTRICT, va_list);
int vdprintf_l(int, locale_t, const char *_CLOUDLIBC_RESTRICT, va_list);
int vasprintf_l(char **_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT,
                va_list);

// Formatted input.
int scanf(const char *_CLOUDLIBC_RESTRICT, ...);
int fscanf(FILE *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, ...);
int sscanf(const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, ...);
int vscanf(const char *_CLOUDLIBC_RESTRICT, va_list);
int vfscanf(FILE *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, va_list);
int vsscanf(const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, va_list);
int fscanf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT, ...);
int sscanf_l(const char *_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT,
             ...);
int vfscanf_l(FILE *_CLOUDLIBC_RESTRICT, locale_t, const char *_CLOUDLIBC_RESTRICT,
              va_list);
int vsscanf_l(const char *_CLOUDLIBC_RESTRICT, locale_t,
              const char *_CLOUDLIBC_RESTRICT, va_list);

_CLOUDLIBC_END

#endif
