#include <time.h>

// A buffer per thread rather than per process (see <time.h>).
char *asctime(const struct tm *tm) {
  static _Thread_local char buf[26];
  return asctime_r(tm, buf);
}
