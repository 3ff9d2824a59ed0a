#include <inttypes.h>
#include <stdbool.h>

#include "strtoint.h"

uintmax_t strtoumax(const char *restrict s, char **restrict endptr, int base) {
  bool neg, overflow;
  uintmax_t v = strtoint_parse(s, endptr, base, UINTMAX_MAX, UINTMAX_MAX, &neg,
                               &overflow);
  if (overflow)
    return UINTMAX_MAX;
  return neg ? 0 - v : v;
}
