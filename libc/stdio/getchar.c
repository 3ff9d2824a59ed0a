#include "stdio_impl.h"

int getchar(void) {
  return getc(stdin);
}
