#include <strings.h>

// 1 + the index of the least significant set bit, or 0 if i is 0.
int ffs(int i) {
  return __builtin_ffs(i);
}
