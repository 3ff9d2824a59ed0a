#include "math_ld.h"

long double lgammal(long double x) {
  return lgammal_r(x, &signgam);
}
