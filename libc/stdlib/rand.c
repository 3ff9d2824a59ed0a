#include <stdlib.h>

// srand is not provided (the generators are seeded by the library), so
// there is no reproducible sequence to follow: rand returns 31 bits of the
// arc4random generator, uniform over [0, RAND_MAX] and thread-safe.
int rand(void) {
  return (int)(arc4random() >> 1);
}
