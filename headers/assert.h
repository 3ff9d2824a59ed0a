// <assert.h>: run-time diagnostics.
//
// assert(e) evaluates e; when it is zero, the expression's text, the file,
// line and function are written to standard error and the program aborts.
// With NDEBUG defined at the point of inclusion, assert(e) evaluates
// nothing.  Like C requires, the header may be included again after
// NDEBUG changes, and each inclusion redefines assert accordingly.
// When standard error was not granted, the message goes nowhere; the
// abort still happens.
#include <_/types.h>

#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H_
#define _ASSERT_H_

#if !defined(__cplusplus) && __STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif

_CLOUDLIBC_BEGIN
_CLOUDLIBC_NORETURN void __assert_fail(const char *, const char *, int, const char *);
_CLOUDLIBC_END

#endif
