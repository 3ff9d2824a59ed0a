#include <fenv.h>

int fegetround(void) {
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  return (mxcsr >> 3) & 0xc00;
}
