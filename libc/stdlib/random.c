#include <stdlib.h>

// srandom/initstate/setstate are not provided: like rand, random returns
// 31 bits of the arc4random generator, uniform over [0, 2^31 - 1].
long random(void) {
  return (long)(arc4random() >> 1);
}
