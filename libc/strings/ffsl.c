#include <strings.h>

// 1 + the index of the least significant set bit, or 0 if i is 0.
int ffsl(long i) {
  return __builtin_ffsl(i);
}
