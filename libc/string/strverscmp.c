#include <stdbool.h>
#include <string.h>

// Compares like strcmp, except that runs of digits compare as numbers and
// a run with leading zeros is a fraction, smaller than any integer:
//   000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10
// (the GNU ordering, also used by versionsort).

static inline bool is_digit(unsigned char c) {
  return (unsigned int)(c - '0') < 10;
}

// Compares the lengths of the digit runs that continue after position i;
// equal lengths fall back to the first difference.
static int by_length(const unsigned char *a, const unsigned char *b,
                     size_t i) {
  for (size_t j = i + 1;; ++j) {
    if (!is_digit(a[j]))
      return is_digit(b[j]) ? -1 : (int)a[i] - (int)b[i];
    if (!is_digit(b[j]))
      return 1;
  }
}

int strverscmp(const char *s1, const char *s2) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;

  // Find the first difference, and where the digit run containing it
  // (within the common prefix) starts.
  size_t i = 0, run = 0;
  while (a[i] == b[i]) {
    if (a[i] == '\0')
      return 0;
    if (!is_digit(a[i]))
      run = i + 1;
    ++i;
  }
  bool da = is_digit(a[i]), db = is_digit(b[i]);
  int diff = (int)a[i] - (int)b[i];

  if (run == i) {
    // The difference starts a number (or is not in one).  Two integers
    // without leading zeros compare by magnitude.
    if (da && db && a[i] != '0' && b[i] != '0')
      return by_length(a, b, i);
    return diff;
  }
  if (a[run] != '0') {
    // Inside an integer: the one with more digits is greater.
    if (da && db)
      return by_length(a, b, i);
    if (da)
      return 1;
    if (db)
      return -1;
    return diff;
  }
  for (size_t j = run; j < i; ++j) {
    if (a[j] != '0') {
      // Past the leading zeros of a fraction: plain byte order.
      return diff;
    }
  }
  // Only zeros so far: more leading zeros make a smaller fraction.
  if (da && !db)
    return -1;
  if (db && !da)
    return 1;
  return diff;
}
