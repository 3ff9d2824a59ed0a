// <string.h>: byte-string and memory operations.
//
// Omitted, and why:
//   strtok: keeps its position in hidden static state, so two users (or two
//     threads) interfere; use strtok_r or strsep instead.
//
// Provided although cloudlibc hid them: stpcpy, strcat, strcpy, strncat.
// cloudlibc only declared these under _CLOUDLIBC_UNSAFE_STRING_FUNCTIONS
// (they cannot check the size of the destination).  Ported software expects
// them to exist, so they are declared unconditionally here; new code should
// prefer strlcpy, strlcat and stpncpy.  The common extensions strchrnul,
// mempcpy and explicit_bzero are provided for the same reason.
//
// Locales: the C/POSIX and C.UTF-8 locales collate bytewise, so strcoll and
// strxfrm behave like strcmp and a plain copy.  strerror and strsignal
// return English messages; the _l variants accept a locale for API
// compatibility.
#ifndef _STRING_H_
#define _STRING_H_

#include <_/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

_CLOUDLIBC_BEGIN

void *memccpy(void *_CLOUDLIBC_RESTRICT, const void *_CLOUDLIBC_RESTRICT, int,
              size_t);
void *memchr(const void *, int, size_t);
int memcmp(const void *, const void *, size_t);
void *memcpy(void *_CLOUDLIBC_RESTRICT, const void *_CLOUDLIBC_RESTRICT,
             size_t);
void *memmem(const void *, size_t, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *mempcpy(void *_CLOUDLIBC_RESTRICT, const void *_CLOUDLIBC_RESTRICT,
              size_t);
void *memrchr(const void *, int, size_t);
void *memset(void *, int, size_t);
void explicit_bzero(void *, size_t);

char *stpcpy(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT);
char *stpncpy(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
              size_t);
char *strcat(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT);
char *strchr(const char *, int);
char *strchrnul(const char *, int);
int strcmp(const char *, const char *);
int strcoll(const char *, const char *);
int strcoll_l(const char *, const char *, locale_t);
char *strcpy(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT);
size_t strcspn(const char *, const char *);
char *strdup(const char *);
char *strerror(int);
char *strerror_l(int, locale_t);
int strerror_r(int, char *, size_t);
size_t strlcat(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               size_t);
size_t strlcpy(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               size_t);
size_t strlen(const char *);
char *strncat(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
              size_t);
int strncmp(const char *, const char *, size_t);
char *strncpy(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
              size_t);
char *strndup(const char *, size_t);
size_t strnlen(const char *, size_t);
char *strpbrk(const char *, const char *);
char *strrchr(const char *, int);
char *strsep(char **, const char *);
char *strsignal(int);
char *strsignal_l(int, locale_t);
size_t strspn(const char *, const char *);
char *strstr(const char *, const char *);
char *strtok_r(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               char **_CLOUDLIBC_RESTRICT);
int strverscmp(const char *, const char *);
size_t strxfrm(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               size_t);
size_t strxfrm_l(char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
                 size_t, locale_t);

_CLOUDLIBC_END

#endif
