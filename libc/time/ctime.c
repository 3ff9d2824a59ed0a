#include <time.h>

// A buffer per thread rather than per process (see <time.h>).
char *ctime(const time_t *timer) {
  static _Thread_local char buf[26];
  return ctime_r(timer, buf);
}
