// Internal: type definitions shared by several public headers.  Each is
// guarded so a header can pull in just the ones it names.
#ifndef ___TYPES_H_
#define ___TYPES_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define _CLOUDLIBC_BEGIN extern "C" {
#define _CLOUDLIBC_END }
#define _CLOUDLIBC_NORETURN [[noreturn]]
#define _CLOUDLIBC_RESTRICT __restrict
#else
#define _CLOUDLIBC_BEGIN
#define _CLOUDLIBC_END
#define _CLOUDLIBC_NORETURN _Noreturn
#define _CLOUDLIBC_RESTRICT restrict
#endif

typedef __INT64_TYPE__ __off_t;
typedef __INT64_TYPE__ __ssize_t;
typedef __INT64_TYPE__ __time_t;
typedef struct __locale *__locale_t;

#endif
