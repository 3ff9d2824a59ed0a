// Internal: the <wctype.h> classes over the generated Unicode tables.
#ifndef LIBC_INTERNAL_UNICODE_CTYPE_H
#define LIBC_INTERNAL_UNICODE_CTYPE_H

#include <stdbool.h>
#include <stdint.h>
#include <unicode_tables.h>
#include <wctype.h>

// The wctype_t values; 0 is returned by wctype() for an unknown name.
enum {
  WCTYPE_ALNUM = 1,
  WCTYPE_ALPHA,
  WCTYPE_BLANK,
  WCTYPE_CNTRL,
  WCTYPE_DIGIT,
  WCTYPE_GRAPH,
  WCTYPE_LOWER,
  WCTYPE_PRINT,
  WCTYPE_PUNCT,
  WCTYPE_SPACE,
  WCTYPE_UPPER,
  WCTYPE_XDIGIT,
};

// The wctrans_t values; 0 is returned by wctrans() for an unknown name.
enum {
  WCTRANS_TOLOWER = 1,
  WCTRANS_TOUPPER,
};

static inline bool unicode_isdigit(wint_t wc) {
  return (uint32_t)wc - '0' < 10;
}

static inline bool unicode_isxdigit(wint_t wc) {
  return (uint32_t)wc - '0' < 10 || ((uint32_t)wc | 32) - 'a' < 6;
}

static inline bool unicode_has(wint_t wc, unsigned int bits) {
  return (unicode_lookup((uint32_t)wc)->bits & bits) != 0;
}

static inline bool unicode_isalnum(wint_t wc) {
  return unicode_isdigit(wc) || unicode_has(wc, UNICODE_ALPHA);
}

static inline bool unicode_isgraph(wint_t wc) {
  return (unicode_lookup((uint32_t)wc)->bits &
          (UNICODE_PRINT | UNICODE_SPACE)) == UNICODE_PRINT;
}

static inline bool unicode_ispunct(wint_t wc) {
  return (unicode_lookup((uint32_t)wc)->bits &
          (UNICODE_PRINT | UNICODE_SPACE | UNICODE_ALPHA)) == UNICODE_PRINT &&
         !unicode_isdigit(wc);
}

static inline bool unicode_isctype(wint_t wc, wctype_t type) {
  switch (type) {
    case WCTYPE_ALNUM:
      return unicode_isalnum(wc);
    case WCTYPE_ALPHA:
      return unicode_has(wc, UNICODE_ALPHA);
    case WCTYPE_BLANK:
      return unicode_has(wc, UNICODE_BLANK);
    case WCTYPE_CNTRL:
      return unicode_has(wc, UNICODE_CNTRL);
    case WCTYPE_DIGIT:
      return unicode_isdigit(wc);
    case WCTYPE_GRAPH:
      return unicode_isgraph(wc);
    case WCTYPE_LOWER:
      return unicode_has(wc, UNICODE_LOWER);
    case WCTYPE_PRINT:
      return unicode_has(wc, UNICODE_PRINT);
    case WCTYPE_PUNCT:
      return unicode_ispunct(wc);
    case WCTYPE_SPACE:
      return unicode_has(wc, UNICODE_SPACE);
    case WCTYPE_UPPER:
      return unicode_has(wc, UNICODE_UPPER);
    case WCTYPE_XDIGIT:
      return unicode_isxdigit(wc);
  }
  return false;
}

static inline wint_t unicode_tolower(wint_t wc) {
  return (wint_t)((uint32_t)wc + (uint32_t)unicode_lookup((uint32_t)wc)->lower);
}

static inline wint_t unicode_toupper(wint_t wc) {
  return (wint_t)((uint32_t)wc + (uint32_t)unicode_lookup((uint32_t)wc)->upper);
}

#endif
