#include <stdlib.h>

int (abs)(int i) {
  return i < 0 ? -i : i;
}
