#include "math_ld.h"

// digamma(x) to about 2^-50 relative (it only corrects arguments rounded to
// double): the asymptotic series from 8 on, the recurrence below, the
// reflection formula for x < 0.
long double __math_digammal(long double x) {
  long double acc = 0;
  if (x < 0) {
    long double r = x - roundl(x);
    // psi(x) = psi(1 - x) - pi / tan(pi x)
    acc = -3.14159265358979323846L / tanl(3.14159265358979323846L * r);
    x = 1 - x;
  }
  while (x < 8) {
    acc -= 1 / x;
    x += 1;
  }
  long double u = 1 / (x * x);
  return acc + logl(x) - 0.5L / x -
         u * (1.0L / 12 - u * (1.0L / 120 - u * (1.0L / 252 - u / 240)));
}
