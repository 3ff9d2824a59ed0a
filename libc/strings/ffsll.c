#include <strings.h>

// 1 + the index of the least significant set bit, or 0 if i is 0.
int ffsll(long long i) {
  return __builtin_ffsll(i);
}
