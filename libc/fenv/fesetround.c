#include <fenv.h>

int fesetround(int round) {
  if ((round & ~0xc00) != 0)
    return -1;
  unsigned short cw;
  __asm__ volatile("fnstcw %0" : "=m"(cw));
  cw = (cw & ~0xc00) | round;
  __asm__ volatile("fldcw %0" : : "m"(cw));
  unsigned int mxcsr;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  mxcsr = (mxcsr & ~0x6000u) | ((unsigned int)round << 3);
  __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
  return 0;
}
