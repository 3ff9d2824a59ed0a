#include "stdio_impl.h"

int getchar_unlocked(void) {
  return stdio_getc(stdin);
}
