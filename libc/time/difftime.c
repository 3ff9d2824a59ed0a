#include <time.h>

double difftime(time_t time1, time_t time0) {
  // Subtracting first would overflow for far-apart values; a double holds
  // each operand to within its rounding, and the result is rounded once
  // more only when they are huge.
  if ((time1 >= 0) == (time0 >= 0))
    return (double)(time1 - time0);
  return (double)time1 - (double)time0;
}
