#include <fenv.h>

int fetestexcept(int excepts) {
  unsigned short sw;
  unsigned int mxcsr;
  __asm__ volatile("fnstsw %0" : "=m"(sw));
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  return (sw | mxcsr) & excepts & FE_ALL_EXCEPT;
}
