#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

#include "strtoint.h"

// Like strtoul in C: a minus sign negates the converted value in the
// unsigned type, unless the magnitude is out of range (ULLONG_MAX and ERANGE).
unsigned long long strtoull(const char *restrict s, char **restrict endptr, int base) {
  bool neg, overflow;
  uintmax_t v = strtoint_parse(s, endptr, base, ULLONG_MAX, ULLONG_MAX, &neg, &overflow);
  if (overflow)
    return ULLONG_MAX;
  return neg ? (unsigned long long)(0 - v) : (unsigned long long)v;
}
