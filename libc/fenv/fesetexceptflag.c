#include <fenv.h>

int fesetexceptflag(const fexcept_t *flagp, int excepts) {
  excepts &= FE_ALL_EXCEPT;
  fenv_t env;
  __asm__ volatile("fnstenv %0" : "=m"(env));
  env.__status_word &= ~excepts;
  __asm__ volatile("fldenv %0" : : "m"(env));
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  mxcsr = (mxcsr & ~(unsigned int)excepts) | (*flagp & excepts);
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
  return 0;
}
