#include <fenv.h>

int feholdexcept(fenv_t *envp) {
  fegetenv(envp);
  // Clear the flags and mask every exception (non-stop mode).
  fenv_t env = *envp;
  env.__control_word |= FE_ALL_EXCEPT;
  env.__status_word &= ~0xff;
  env.__mxcsr = (env.__mxcsr & ~(unsigned int)FE_ALL_EXCEPT) |
                (FE_ALL_EXCEPT << 7);
  fesetenv(&env);
  return 0;
}
