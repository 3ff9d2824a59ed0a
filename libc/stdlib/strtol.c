#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

#include "strtoint.h"

long strtol(const char *restrict s, char **restrict endptr, int base) {
  bool neg, overflow;
  uintmax_t v = strtoint_parse(s, endptr, base, LONG_MAX, (uintmax_t)LONG_MAX + 1,
                               &neg, &overflow);
  if (overflow)
    return neg ? LONG_MIN : LONG_MAX;
  return neg ? (long)(0 - v) : (long)v;
}
