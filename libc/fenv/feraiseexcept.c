#include <fenv.h>

// The flags are raised in MXCSR, where float and double arithmetic raises
// them; fetestexcept reports the union of the SSE and x87 flags.
int feraiseexcept(int excepts) {
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  mxcsr |= excepts & FE_ALL_EXCEPT;
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
  return 0;
}
