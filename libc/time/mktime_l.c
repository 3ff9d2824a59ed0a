#include <errno.h>
#include <time.h>

// cloudlibc's signature: *tm is left alone, the instant is stored in
// *result (tv_nsec 0: struct tm has no nanoseconds) and 0 or an error
// number returned.  Locale objects here carry no time zone, so this is
// mktime in the current zone (TZ).
int mktime_l(const struct tm *restrict tm, struct timespec *restrict result,
             locale_t locale) {
  (void)locale;
  struct tm copy = *tm;
  int saved = errno;
  errno = 0;
  time_t t = mktime(&copy);
  if (t == (time_t)-1 && errno != 0) {
    int error = errno;
    errno = saved;
    return error;
  }
  errno = saved;
  *result = (struct timespec){.tv_sec = t, .tv_nsec = 0};
  return 0;
}
