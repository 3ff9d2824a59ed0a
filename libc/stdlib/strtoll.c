#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

#include "strtoint.h"

long long strtoll(const char *restrict s, char **restrict endptr, int base) {
  bool neg, overflow;
  uintmax_t v = strtoint_parse(s, endptr, base, LLONG_MAX, (uintmax_t)LLONG_MAX + 1,
                               &neg, &overflow);
  if (overflow)
    return neg ? LLONG_MIN : LLONG_MAX;
  return neg ? (long long)(0 - v) : (long long)v;
}
