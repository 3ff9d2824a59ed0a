#include <string.h>

void explicit_bzero(void *s, size_t n) {
  memset(s, 0, n);
  // The compiler must assume the asm reads the buffer through s, so the
  // stores above cannot be removed as dead even after inlining or LTO.
  __asm__ volatile("" : : "r"(s) : "memory");
}
