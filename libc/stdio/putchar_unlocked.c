#include "stdio_impl.h"

int putchar_unlocked(int c) {
  return stdio_putc(stdout, c);
}
