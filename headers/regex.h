// <regex.h>: POSIX regular expressions (basic and extended).
//
// Patterns and subjects are multibyte strings in UTF-8 (every locale of
// this libc is UTF-8, so the _l variants behave like the plain ones).  The
// matcher simulates a non-backtracking automaton, so its running time is
// linear in the subject for a given pattern; only patterns with
// back-references (\1..\9) use a bounded backtracking search, which reports
// REG_ESPACE rather than running for an unbounded time.  Matches follow
// POSIX: the leftmost match wins, then the longest; subexpressions are
// chosen leftmost first, each as early and then as long as possible.
//
// Bracket expressions: ranges compare code points; classes are the
// <wctype.h> ones; [=c=] and [.c.] accept a single character (the C
// locale has no multi-character collating elements).  Basic expressions
// also accept \+, \? and \| (as GNU and musl do).
//
// Extensions: regcomp_l, regexec_l, regerror_l (locale argument);
// regncomp/regnexec (pattern or subject given with a length, may contain
// null bytes); regwcomp/regwexec and their n variants (wide-character
// patterns and subjects; offsets then count wide characters).
//
// Nothing standard is omitted.
#ifndef _REGEX_H_
#define _REGEX_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

typedef __ssize_t regoff_t;

typedef struct {
  size_t re_nsub;  // number of parenthesised subexpressions
  void *__program;
} regex_t;

typedef struct {
  regoff_t rm_so;
  regoff_t rm_eo;
} regmatch_t;

// regcomp flags.
#define REG_EXTENDED 0x1
#define REG_ICASE 0x2
#define REG_NOSUB 0x4
#define REG_NEWLINE 0x8

// regexec flags.
#define REG_NOTBOL 0x1
#define REG_NOTEOL 0x2

// Error codes.
#define REG_NOMATCH 1
#define REG_BADPAT 2
#define REG_ECOLLATE 3
#define REG_ECTYPE 4
#define REG_EESCAPE 5
#define REG_ESUBREG 6
#define REG_EBRACK 7
#define REG_EPAREN 8
#define REG_EBRACE 9
#define REG_BADBR 10
#define REG_ERANGE 11
#define REG_ESPACE 12
#define REG_BADRPT 13

_CLOUDLIBC_BEGIN

int regcomp(regex_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT, int);
int regcomp_l(regex_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
              int, locale_t);
size_t regerror(int, const regex_t *_CLOUDLIBC_RESTRICT,
                char *_CLOUDLIBC_RESTRICT, size_t);
size_t regerror_l(int, const regex_t *_CLOUDLIBC_RESTRICT,
                  char *_CLOUDLIBC_RESTRICT, size_t, locale_t);
int regexec(const regex_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
            size_t, regmatch_t *_CLOUDLIBC_RESTRICT, int);
int regexec_l(const regex_t *_CLOUDLIBC_RESTRICT,
              const char *_CLOUDLIBC_RESTRICT, size_t,
              regmatch_t *_CLOUDLIBC_RESTRICT, int, locale_t);
void regfree(regex_t *);
int regncomp(regex_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
             size_t, int);
int regncomp_l(regex_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               size_t, int, locale_t);
int regnexec(const regex_t *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
             size_t, size_t, regmatch_t *_CLOUDLIBC_RESTRICT, int);
int regnexec_l(const regex_t *_CLOUDLIBC_RESTRICT,
               const char *_CLOUDLIBC_RESTRICT, size_t, size_t,
               regmatch_t *_CLOUDLIBC_RESTRICT, int, locale_t);
int regwcomp(regex_t *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
             int);
int regwcomp_l(regex_t *_CLOUDLIBC_RESTRICT,
               const wchar_t *_CLOUDLIBC_RESTRICT, int, locale_t);
int regwexec(const regex_t *_CLOUDLIBC_RESTRICT,
             const wchar_t *_CLOUDLIBC_RESTRICT, size_t,
             regmatch_t *_CLOUDLIBC_RESTRICT, int);
int regwncomp(regex_t *_CLOUDLIBC_RESTRICT, const wchar_t *_CLOUDLIBC_RESTRICT,
              size_t, int);
int regwncomp_l(regex_t *_CLOUDLIBC_RESTRICT,
                const wchar_t *_CLOUDLIBC_RESTRICT, size_t, int, locale_t);
int regwnexec(const regex_t *_CLOUDLIBC_RESTRICT,
              const wchar_t *_CLOUDLIBC_RESTRICT, size_t, size_t,
              regmatch_t *_CLOUDLIBC_RESTRICT, int);

_CLOUDLIBC_END

#endif
