#include <time.h>

// A buffer per thread rather than per process: callers in different
// threads do not overwrite each other's results.
struct tm *localtime(const time_t *timer) {
  static _Thread_local struct tm result;
  return localtime_r(timer, &result);
}
