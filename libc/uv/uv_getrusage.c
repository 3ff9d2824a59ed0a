#include <errno.h>
#include <string.h>
#include <sys/resource.h>

#include <uv.h>

// Only CPU time is available (see <sys/resource.h>); the counters are 0.
int uv_getrusage(uv_rusage_t *usage) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0)
    return -errno;
  memset(usage, 0, sizeof(*usage));
  usage->ru_utime.tv_sec = ru.ru_utime.tv_sec;
  usage->ru_utime.tv_usec = ru.ru_utime.tv_usec;
  usage->ru_stime.tv_sec = ru.ru_stime.tv_sec;
  usage->ru_stime.tv_usec = ru.ru_stime.tv_usec;
  return 0;
}
