#include <stdlib.h>

long long (llabs)(long long i) {
  return i < 0 ? -i : i;
}
