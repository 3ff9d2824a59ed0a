#include <fenv.h>

int fegetenv(fenv_t *envp) {
  __asm__ volatile("fnstenv %0" : "=m"(*envp));
  // fnstenv masks all x87 exceptions: restore the control word.
  __asm__ volatile("fldcw %0" : : "m"(envp->__control_word));
  __asm__ volatile("stmxcsr %0" : "=m"(envp->__mxcsr));
  return 0;
}
