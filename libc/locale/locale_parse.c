#include <locale_impl.h>
#include <string.h>

// Whether the first len bytes of s spell UTF-8 as glibc normalizes codeset
// names: case-insensitively, ignoring '-' and '_' ("UTF-8", "utf8", ...).
static bool is_utf8(const char *s, size_t len) {
  static const char want[] = "utf8";
  size_t j = 0;
  for (size_t i = 0; i < len; ++i) {
    char c = s[i];
    if (c == '-' || c == '_')
      continue;
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (j == sizeof(want) - 1 || c != want[j])
      return false;
    ++j;
  }
  return j == sizeof(want) - 1;
}

// Returns 0 for the C locale ("C", "POSIX"), 1 for C.UTF-8 ("C.UTF-8" and
// its spelling variants, or "") and -1 for anything else.  The name is the
// first len bytes of s.
static int parse_one(const char *s, size_t len) {
  if ((len == 1 && s[0] == 'C') || (len == 5 && memcmp(s, "POSIX", 5) == 0))
    return 0;
  if (len == 0 || (len > 2 && s[0] == 'C' && s[1] == '.' &&
                   is_utf8(s + 2, len - 2)))
    return 1;
  return -1;
}

bool __locale_parse(const char *name, int mask, unsigned int *bits) {
  if (name == NULL)
    return false;
  size_t len = strlen(name);
  int v = parse_one(name, len);
  if (v >= 0) {
    *bits = v ? (*bits | (unsigned int)mask) : (*bits & ~(unsigned int)mask);
    return true;
  }

  // Composite "LC_x=name;LC_y=name;...": every category exactly once.
  if (mask != LC_ALL_MASK)
    return false;
  unsigned int seen = 0, result = 0;
  const char *p = name;
  for (;;) {
    const char *eq = strchr(p, '=');
    if (eq == NULL)
      return false;
    int category = -1;
    for (int c = 0; c < LOCALE_CATEGORIES; ++c) {
      size_t n = strlen(__locale_category_names[c]);
      if ((size_t)(eq - p) == n &&
          memcmp(p, __locale_category_names[c], n) == 0)
        category = c;
    }
    if (category < 0 || (seen >> category) & 1)
      return false;
    const char *value = eq + 1;
    const char *end = strchr(value, ';');
    size_t vlen = end != NULL ? (size_t)(end - value) : strlen(value);
    // An empty name inside a composite string is not meaningful.
    v = vlen == 0 ? -1 : parse_one(value, vlen);
    if (v < 0)
      return false;
    seen |= 1u << category;
    result |= (unsigned int)v << category;
    if (end == NULL)
      break;
    p = end + 1;
  }
  if (seen != LC_ALL_MASK)
    return false;
  *bits = result;
  return true;
}
