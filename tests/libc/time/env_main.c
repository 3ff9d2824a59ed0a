// A conventional main() program: TZ comes from the `env` map of its
// configuration (CMakeLists.txt passes TZ=EST5EDT,M3.2.0,M11.1.0).
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
  time_t summer = 1720083903, winter = 1705320000;
  struct tm s, w;
  if (localtime_r(&summer, &s) == NULL || localtime_r(&winter, &w) == NULL)
    return 1;
  char a[64], b[64];
  strftime(a, sizeof(a), "%F %T %Z %z", &s);
  strftime(b, sizeof(b), "%F %T %Z %z", &w);
  tzset();
  printf("TZ=%s [%s] [%s] %s/%s %ld %d\n", getenv("TZ"), a, b, tzname[0], tzname[1], timezone,
         daylight);
  return 0;
}
