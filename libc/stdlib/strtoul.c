#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

#include "strtoint.h"

// Like strtoul in C: a minus sign negates the converted value in the
// unsigned type, unless the magnitude is out of range (ULONG_MAX and ERANGE).
unsigned long strtoul(const char *restrict s, char **restrict endptr, int base) {
  bool neg, overflow;
  uintmax_t v = strtoint_parse(s, endptr, base, ULONG_MAX, ULONG_MAX, &neg, &overflow);
  if (overflow)
    return ULONG_MAX;
  return neg ? (unsigned long)(0 - v) : (unsigned long)v;
}
