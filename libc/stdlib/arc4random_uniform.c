#include <stdint.h>
#include <stdlib.h>

// Uniform in [0, upper) without modulo bias, by Lemire's multiply-and-
// reject method: the high half of r * upper is uniform once the low half
// avoids the 2^32 mod upper values that would be over-represented.
uint32_t arc4random_uniform(uint32_t upper) {
  if (upper < 2)
    return 0;
  uint64_t m = (uint64_t)arc4random() * upper;
  if ((uint32_t)m < upper) {
    uint32_t threshold = (0 - upper) % upper;  // 2^32 mod upper
    while ((uint32_t)m < threshold)
      m = (uint64_t)arc4random() * upper;
  }
  return (uint32_t)(m >> 32);
}
