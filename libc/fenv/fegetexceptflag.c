#include <fenv.h>

int fegetexceptflag(fexcept_t *flagp, int excepts) {
  unsigned short sw;
  unsigned int mxcsr;
  __asm__ volatile("fnstsw %0" : "=m"(sw));
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  *flagp = (sw | mxcsr) & excepts & FE_ALL_EXCEPT;
  return 0;
}
