#include <fenv.h>

int fesetenv(const fenv_t *envp) {
  fenv_t env;
  __asm__ volatile("fnstenv %0" : "=m"(env));
  if (envp == FE_DFL_ENV) {
    // All exceptions masked, 64-bit precision, round to nearest; no flags.
    env.__control_word = 0x37f;
    env.__status_word &= ~0xff;
    env.__mxcsr = 0x1f80;
  } else {
    env.__control_word = envp->__control_word;
    env.__status_word = envp->__status_word;
    env.__mxcsr = envp->__mxcsr;
  }
  __asm__ volatile("fldenv %0" : : "m"(env));
  __asm__ volatile("ldmxcsr %0" : : "m"(env.__mxcsr));
  return 0;
}
