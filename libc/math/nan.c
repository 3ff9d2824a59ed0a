#include <stdlib.h>

#include "math_impl.h"

// nan("n-char-sequence"): a sequence that reads as an unsigned integer
// gives the payload (its low 51 bits); anything else the default NaN.
double nan(const char *tag) {
  uint64_t payload = 0;
  if (tag != NULL && *tag != '\0') {
    char *end;
    unsigned long long v = strtoull(tag, &end, 0);
    if (*end == '\0')
      payload = v & 0x0007ffffffffffffULL;
  }
  return asdouble(0x7ff8000000000000ULL | payload);
}
