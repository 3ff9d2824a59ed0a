#include <fnmatch.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <wctype.h>

#include "unicode_utf8.h"

#define RAW_BYTE 0x110000u

// The character at s (not at the terminating null byte) and its length;
// a byte that does not start a valid UTF-8 sequence stands for itself.
static size_t next_char(const char *s, uint32_t *c) {
  unsigned char b = (unsigned char)*s;
  if (b < 0x80) {
    *c = b;
    return 1;
  }
  mbstate_t st = {0};
  size_t n = utf8_decode(c, (const unsigned char *)s, strnlen(s, 4), &st);
  if (n == UTF8_INVALID || n == UTF8_INCOMPLETE) {
    *c = RAW_BYTE + b;
    return 1;
  }
  return n;
}

static bool same(uint32_t a, uint32_t b, bool fold) {
  if (a == b)
    return true;
  return fold && a < RAW_BYTE && b < RAW_BYTE &&
         towlower((wint_t)a) == towlower((wint_t)b);
}

// Matches the bracket expression starting after '[' at p against c.
// Returns the length of the expression after '[' (including the ']'),
// with *matched set, or 0 if it is not a valid bracket expression.
static size_t bracket(const char *p, uint32_t c, int flags, bool *matched) {
  const char *start = p;
  bool fold = (flags & FNM_CASEFOLD) != 0;
  bool negate = false;
  if (*p == '!' || *p == '^') {
    negate = true;
    p++;
  }
  bool in = false, first = true;
  for (;;) {
    if (*p == '\0')
      return 0;
    if (*p == ']' && !first)
      break;
    first = false;
    uint32_t lo;
    if (p[0] == '[' && p[1] == ':') {
      const char *end = strstr(p + 2, ":]");
      if (end == NULL)
        return 0;
      char name[16];
      size_t n = (size_t)(end - (p + 2));
      if (n >= sizeof(name))
        return 0;
      memcpy(name, p + 2, n);
      name[n] = '\0';
      wctype_t t = wctype(name);
      if (t == 0)
        return 0;
      if (c < RAW_BYTE &&
          (iswctype((wint_t)c, t) ||
           (fold && (iswctype(towlower((wint_t)c), t) ||
                     iswctype(towupper((wint_t)c), t)))))
        in = true;
      p = end + 2;
      continue;
    }
    if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
      char delim = p[1];
      p += 2;
      p += next_char(p, &lo);
      if (p[0] != delim || p[1] != ']')
        return 0;
      p += 2;
      if (delim == '=') {
        if (same(c, lo, fold))
          in = true;
        continue;
      }
    } else {
      if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0')
        p++;
      p += next_char(p, &lo);
    }
    uint32_t hi = lo;
    if (p[0] == '-' && p[1] != ']' && p[1] != '\0') {
      p++;
      if (p[0] == '[' && p[1] == '.') {
        p += 2;
        p += next_char(p, &hi);
        if (p[0] != '.' || p[1] != ']')
          return 0;
        p += 2;
      } else {
        if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0')
          p++;
        p += next_char(p, &hi);
      }
    }
    if (c >= lo && c <= hi)
      in = true;
    else if (fold && c < RAW_BYTE) {
      uint32_t l = (uint32_t)towlower((wint_t)c), u = (uint32_t)towupper((wint_t)c);
      if ((l >= lo && l <= hi) || (u >= lo && u <= hi))
        in = true;
    }
  }
  *matched = in != negate;
  return (size_t)(p + 1 - start);
}

int fnmatch(const char *pattern, const char *string, int flags) {
  const char *p = pattern, *s = string;
  const char *star_p = NULL, *star_s = NULL;
  bool pathname = (flags & FNM_PATHNAME) != 0;
  bool fold = (flags & FNM_CASEFOLD) != 0;
  for (;;) {
    // A leading period (of the name, or of a component with FNM_PATHNAME)
    // is matched only by a period in the pattern.
    bool period = (flags & FNM_PERIOD) && *s == '.' &&
                  (s == string || (pathname && s[-1] == '/'));
    if (*p == '\0') {
      if (*s == '\0')
        return 0;
      if ((flags & FNM_LEADING_DIR) && *s == '/')
        return 0;
      goto backtrack;
    }
    if (*p == '*') {
      while (*p == '*')
        p++;
      if (period) {
        // The star can only match the empty string here, and nothing
        // before it can reach past this point.
        star_p = NULL;
        continue;
      }
      star_p = p;
      star_s = s;
      continue;
    }
    if (*s == '\0')
      goto backtrack;
    uint32_t c;
    size_t clen = next_char(s, &c);
    if (*p == '?') {
      if ((pathname && c == '/') || period)
        goto backtrack;
      p++;
      s += clen;
      continue;
    }
    if (*p == '[') {
      bool matched;
      size_t n = bracket(p + 1, c, flags, &matched);
      if (n > 0) {
        if (!matched || (pathname && c == '/') || period)
          goto backtrack;
        p += 1 + n;
        s += clen;
        continue;
      }
      // Not a bracket expression: an ordinary '['.
    }
    if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0')
      p++;
    uint32_t pc;
    size_t plen = next_char(p, &pc);
    if (!same(pc, c, fold))
      goto backtrack;
    p += plen;
    s += clen;
    continue;
  backtrack:
    // Let the last star absorb one more character, if it may.
    if (star_p == NULL || *star_s == '\0' || (pathname && *star_s == '/'))
      return FNM_NOMATCH;
    uint32_t skipped;
    star_s += next_char(star_s, &skipped);
    p = star_p;
    s = star_s;
  }
}
