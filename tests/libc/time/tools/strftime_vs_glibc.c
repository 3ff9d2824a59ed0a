// Host check: this libc's strftime_l (compiled for the host under another
// name) against glibc's strftime for every conversion except %C %F %G %Y
// (which follow POSIX's width rules, like musl) and %z (glibc pads its
// digits and sign separately), with every glibc flag and several field
// widths, on UTC times from 1970 to 2096.
//
//   I=../../../../libc/internal
//   cc -O1 -std=gnu11 -I$I -Dstrftime_l=my_strftime_l -c ../../../../libc/time/strftime_l.c
//   cc -O1 -std=gnu11 -I$I -c ../../../../libc/time/time_calendar.c
//   cc -O1 -I$I strftime_vs_glibc.c strftime_l.o time_calendar.o -o strftime_vs_glibc
//   ./strftime_vs_glibc     # prints the differences, then "0 of N differ"
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <locale.h>
#include "tz_impl.h"
size_t my_strftime_l(char *restrict s, size_t n, const char *restrict f, const struct tm *restrict tm, locale_t l);
// %Z only asks for the zone when tm_zone is NULL, which gmtime_r never leaves.
void __tz_current(struct tz_rule *r) {
  (void)r;
  abort();
}
int main(void) {
  const char *convs = "aAbBcdDeghHIjklmMnpPrRsStTuUVwWxXyZ";
  const char *flags[] = {"", "-", "_", "0", "^", "#", "^#"};
  const char *widths[] = {"", "1", "3", "5", "12"};
  setenv("TZ", "UTC0", 1); tzset();
  long diffs = 0, total = 0;
  for (time_t t = 0; t < 4000000000LL; t += 7777777) {
    struct tm tm; gmtime_r(&t, &tm);
    for (const char *c = convs; *c; c++)
      for (size_t f = 0; f < 7; f++)
        for (size_t w = 0; w < 5; w++) {
          char fmt[32], a[256], b[256];
          snprintf(fmt, sizeof fmt, "%%%s%s%c", flags[f], widths[w], *c);
          size_t la = strftime(a, sizeof a, fmt, &tm);
          size_t lb = my_strftime_l(b, sizeof b, fmt, &tm, 0);
          total++;
          if (la != lb || memcmp(a, b, la)) {
            if (diffs++ < 40) printf("%-8s glibc [%s] mine [%s]\n", fmt, a, b);
          }
        }
  }
  printf("%ld of %ld differ\n", diffs, total);
}
