#include <stdio.h>
#include <string.h>

#include "argdata_encode.h"

// printf's "%.17e" (18 significant digits, exact and correctly rounded) in
// the compact form of argdata_print_yaml: mantissa without trailing zeros
// or a bare point, exponent without leading zeros, dropped when zero.
size_t __argdata_format_double(double v, char *out) {
  char text[ARGDATA_FLOAT_TEXT_MAX];
  snprintf(text, sizeof(text), "%.17e", v);
  char *e = strchr(text, 'e');
  size_t mantissa = (size_t)(e - text);
  while (text[mantissa - 1] == '0')
    mantissa--;
  if (text[mantissa - 1] == '.')
    mantissa--;
  memcpy(out, text, mantissa);
  size_t n = mantissa;

  char sign = e[1];
  const char *digits = e + 2;
  while (*digits == '0')
    digits++;
  if (*digits != '\0') {
    out[n++] = 'e';
    out[n++] = sign;
    size_t len = strlen(digits);
    memcpy(out + n, digits, len);
    n += len;
  }
  out[n] = '\0';
  return n;
}
