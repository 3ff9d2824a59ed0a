#include "stdio_impl.h"

int putchar(int c) {
  return putc(c, stdout);
}
