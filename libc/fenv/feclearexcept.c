#include <fenv.h>

int feclearexcept(int excepts) {
  excepts &= FE_ALL_EXCEPT;
  if (excepts == 0)
    return 0;
  // x87: the status word can only be written through the environment.
  fenv_t env;
  __asm__ volatile("fnstenv %0" : "=m"(env));
  env.__status_word &= ~excepts;
  __asm__ volatile("fldenv %0" : : "m"(env));
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  mxcsr &= ~(unsigned int)excepts;
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
  return 0;
}
