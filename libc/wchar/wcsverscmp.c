#include <stdbool.h>
#include <wchar.h>

static bool is_digit(wchar_t c) {
  return (unsigned int)c - '0' < 10;
}

// Compares like wcscmp, except that runs of decimal digits compare as
// numbers, and a run that starts with 0 is a fraction that sorts before
// every integer, with more leading zeros sorting first:
//   000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10
// (the ordering of strverscmp).
int wcsverscmp(const wchar_t *s1, const wchar_t *s2) {
  // The first difference, and the start of the digit run (if any) that
  // the common prefix ends with.
  size_t i = 0, run = 0;
  for (; s1[i] == s2[i]; ++i) {
    if (s1[i] == L'\0')
      return 0;
    if (!is_digit(s1[i]))
      run = i + 1;
  }
  wchar_t a = s1[i], b = s2[i];
  int order = a < b ? -1 : 1;
  bool da = is_digit(a), db = is_digit(b);
  if (run == i) {
    // The difference is not inside a number.  Two numbers starting here
    // compare by magnitude unless one is a fraction (which the character
    // order already puts first).
    if (!da || !db || a == L'0' || b == L'0')
      return order;
  } else if (s1[run] == L'0') {
    // Inside a fraction: while only zeros have been seen, the run that
    // continues has more leading zeros and so is smaller.
    for (size_t j = run; j < i; ++j)
      if (s1[j] != L'0')
        return order;
    if (da != db)
      return da ? -1 : 1;
    return order;
  }
  // Inside (or at the start of) an integer: the longer run is greater; for
  // equal lengths the first difference decides.
  for (size_t j = i;; ++j) {
    bool ma = is_digit(s1[j]), mb = is_digit(s2[j]);
    if (ma != mb)
      return ma ? 1 : -1;
    if (!ma)
      return order;
  }
}
