#include <inttypes.h>
#include <stdbool.h>

#include "strtoint.h"

intmax_t strtoimax(const char *restrict s, char **restrict endptr, int base) {
  bool neg, overflow;
  uintmax_t v = strtoint_parse(s, endptr, base, INTMAX_MAX,
                               (uintmax_t)INTMAX_MAX + 1, &neg, &overflow);
  if (overflow)
    return neg ? INTMAX_MIN : INTMAX_MAX;
  return neg ? (intmax_t)(0 - v) : (intmax_t)v;
}
