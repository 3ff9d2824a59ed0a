// Chooses the AVX2 string functions once, before main (see string_avx2.h).
#include <stdint.h>

#include "string_avx2.h"

int __string_avx2;

static void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4]) {
  __asm__("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}

__attribute__((constructor)) static void detect_avx2(void) {
  uint32_t r[4];
  cpuid(0, 0, r);
  if (r[0] < 7)
    return;
  cpuid(1, 0, r);
  // OSXSAVE (ECX bit 27) makes XGETBV usable; AVX is ECX bit 28.
  if ((r[2] & (1u << 27)) == 0 || (r[2] & (1u << 28)) == 0)
    return;
  uint32_t lo, hi;
  __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  (void)hi;
  // XCR0 bits 1 and 2: the OS saves and restores the XMM and YMM state.
  if ((lo & 6) != 6)
    return;
  cpuid(7, 0, r);
  if ((r[1] & (1u << 5)) == 0)  // EBX bit 5: AVX2
    return;
  __string_avx2 = 1;
}
