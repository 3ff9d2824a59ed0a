// Internal: character sets for wcsspn and wcscspn.  A set of ASCII
// characters (the usual case: separators, white space) becomes a 128-bit
// map, so each string character costs one test instead of a walk over the
// set; sets with other characters are searched directly.
#ifndef LIBC_INTERNAL_WCHAR_SET_H
#define LIBC_INTERNAL_WCHAR_SET_H

#include <stdbool.h>
#include <stdint.h>
#include <wchar.h>

struct wchar_set {
  const wchar_t *chars;  // the set as given
  bool ascii;            // all of it is in map
  uint64_t map[2];       // bit c: character c (c < 128) is in the set
};

static inline void wchar_set_init(struct wchar_set *set, const wchar_t *s) {
  set->chars = s;
  set->ascii = true;
  set->map[0] = set->map[1] = 0;
  for (; *s != L'\0'; ++s) {
    uint32_t c = (uint32_t)*s;
    if (c >= 128) {
      set->ascii = false;
      return;
    }
    set->map[c >> 6] |= (uint64_t)1 << (c & 63);
  }
}

// Whether c (not the null character) is in the set.
static inline bool wchar_set_has(const struct wchar_set *set, wchar_t c) {
  uint32_t u = (uint32_t)c;
  if (set->ascii)
    return u < 128 && ((set->map[u >> 6] >> (u & 63)) & 1) != 0;
  for (const wchar_t *p = set->chars; *p != L'\0'; ++p)
    if (*p == c)
      return true;
  return false;
}

#endif
