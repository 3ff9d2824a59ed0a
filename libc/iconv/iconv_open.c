#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "iconv_impl.h"

static const struct {
  const char *name;  // upper case, without '-' and '_'
  enum iconv_encoding encoding;
} names[] = {
    {"UTF8", ICONV_UTF8},          {"", ICONV_UTF8},
    {"CHAR", ICONV_UTF8},          {"UTF16", ICONV_UTF16},
    {"UTF16LE", ICONV_UTF16LE},    {"UTF16BE", ICONV_UTF16BE},
    {"UTF32", ICONV_UTF32},        {"UTF32LE", ICONV_UTF32LE},
    {"UTF32BE", ICONV_UTF32BE},    {"UCS2", ICONV_UCS2LE},
    {"UCS2LE", ICONV_UCS2LE},      {"UCS2BE", ICONV_UCS2BE},
    {"UCS4", ICONV_UTF32BE},       {"UCS4LE", ICONV_UTF32LE},
    {"UCS4BE", ICONV_UTF32BE},     {"ISO88591", ICONV_LATIN1},
    {"LATIN1", ICONV_LATIN1},      {"L1", ICONV_LATIN1},
    {"ISO885911987", ICONV_LATIN1}, {"ASCII", ICONV_ASCII},
    {"USASCII", ICONV_ASCII},      {"ANSIX3.41968", ICONV_ASCII},
    {"646", ICONV_ASCII},          {"WCHART", ICONV_WCHAR},
};

// Parses an encoding name with optional "//TRANSLIT" and "//IGNORE"
// suffixes (in any order, any case).
static bool parse(const char *name, enum iconv_encoding *enc, bool *translit,
                  bool *ignore) {
  char norm[32];
  size_t n = 0;
  const char *p = name;
  while (*p != '\0' && !(p[0] == '/' && p[1] == '/')) {
    char c = *p++;
    if (c == '-' || c == '_')
      continue;
    if (c >= 'a' && c <= 'z')
      c = (char)(c - 'a' + 'A');
    if (n + 1 >= sizeof(norm))
      return false;
    norm[n++] = c;
  }
  norm[n] = '\0';
  while (p[0] == '/' && p[1] == '/') {
    p += 2;
    const char *end = p;
    while (*end != '\0' && *end != '/' && *end != ',')
      end++;
    size_t len = (size_t)(end - p);
    if (len == 8 && strncasecmp(p, "TRANSLIT", 8) == 0)
      *translit = true;
    else if (len == 6 && strncasecmp(p, "IGNORE", 6) == 0)
      *ignore = true;
    else if (len != 0)
      return false;
    p = end;
    if (*p == ',') {
      // "//TRANSLIT,IGNORE"
      p++;
      const char *e2 = p;
      while (*e2 != '\0' && *e2 != '/')
        e2++;
      size_t l2 = (size_t)(e2 - p);
      if (l2 == 8 && strncasecmp(p, "TRANSLIT", 8) == 0)
        *translit = true;
      else if (l2 == 6 && strncasecmp(p, "IGNORE", 6) == 0)
        *ignore = true;
      else
        return false;
      p = e2;
    }
  }
  if (*p != '\0')
    return false;
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
    if (strcmp(names[i].name, norm) == 0) {
      *enc = names[i].encoding;
      return true;
    }
  }
  return false;
}

iconv_t iconv_open(const char *tocode, const char *fromcode) {
  enum iconv_encoding to, from;
  bool translit = false, ignore = false, unused_t = false, unused_i = false;
  if (!parse(tocode, &to, &translit, &ignore) ||
      !parse(fromcode, &from, &unused_t, &unused_i)) {
    errno = EINVAL;
    return (iconv_t)-1;
  }
  struct __iconv *cd = malloc(sizeof(*cd));
  if (cd == NULL)
    return (iconv_t)-1;
  *cd = (struct __iconv){
      .from = from, .to = to, .translit = translit, .ignore = ignore};
  return cd;
}
