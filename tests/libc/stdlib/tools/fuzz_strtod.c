#define _GNU_SOURCE
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double my_strtod(const char *, char **);
float my_strtof(const char *, char **);
long double my_strtold(const char *, char **);

static uint64_t rs = 88172645463325252ull;
static uint64_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return rs; }
static long fails, total;

static void check(const char *s) {
  char *e1, *e2; int er1, er2;
  total++;
  { errno = 0; double a = strtod(s, &e1); er1 = errno; errno = 0; double b = my_strtod(s, &e2); er2 = errno;
    if (memcmp(&a, &b, 8) || e1 != e2 || er1 != er2) { if (fails++ < 30) printf("D  %.200s\n  glibc %a (%d, end %ld) mine %a (%d, end %ld)\n", s, a, er1, e1 - s, b, er2, e2 - s); } }
  { errno = 0; float a = strtof(s, &e1); er1 = errno; errno = 0; float b = my_strtof(s, &e2); er2 = errno;
    if (memcmp(&a, &b, 4) || e1 != e2 || er1 != er2) { if (fails++ < 30) printf("F  %.200s\n  glibc %a (%d, end %ld) mine %a (%d, end %ld)\n", s, a, er1, e1 - s, b, er2, e2 - s); } }
  { errno = 0; long double a = strtold(s, &e1); er1 = errno; errno = 0; long double b = my_strtold(s, &e2); er2 = errno;
    if (memcmp(&a, &b, 10) || e1 != e2 || er1 != er2) { if (fails++ < 30) printf("LD %.200s\n  glibc %La (%d, end %ld) mine %La (%d, end %ld)\n", s, a, er1, e1 - s, b, er2, e2 - s); } }
}

static double rand_double(void) { uint64_t b = rnd(); double d; memcpy(&d, &b, 8); return d; }

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000;
  int mode = argc > 2 ? atoi(argv[2]) : -1;
  if (argc > 3) rs = strtoull(argv[3], 0, 0);
  if (argc > 4) { static const int modes[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO}; fesetround(modes[atoi(argv[4])]); }
  static char buf[20000];
  if (mode == 99) { // lines from stdin
    while (fgets(buf, sizeof buf, stdin)) { buf[strcspn(buf, "\n")] = 0; check(buf); }
    printf("%ld cases, %ld failures\n", total, fails); return fails != 0;
  }
  for (long i = 0; i < n; i++) {
    int m = mode >= 0 ? mode : (int)(rnd() % 9);
    switch (m) {
      case 0: { double d = rand_double(); snprintf(buf, sizeof buf, "%.*g", (int)(rnd() % 20) + 1, d); break; }
      case 1: { double d = rand_double(); snprintf(buf, sizeof buf, "%a", d); break; }
      case 2: { // random digits, random exponent
        int nd = rnd() % 40 + 1, k = 0; int pt = rnd() % (nd + 1);
        if (rnd() & 1) buf[k++] = '-';
        for (int j = 0; j < nd; j++) { if (j == pt) buf[k++] = '.'; buf[k++] = '0' + rnd() % 10; }
        int range = (int)(rnd() % 3); int ex = range == 0 ? (int)(rnd() % 700) - 350 : range == 1 ? (int)(rnd() % 100) - 50 : (int)(rnd() % 9920) - 4960;
        k += sprintf(buf + k, "e%d", ex); break; }
      case 3: { // halfway between doubles, exact, plus perturbation
        double d = fabs(rand_double()); if (!isfinite(d)) d = 1.0; double nx = nextafter(d, INFINITY); if (!isfinite(nx)) { d = 1.0; nx = nextafter(d, INFINITY); }
        long double mid = ((long double)d + nx) / 2;
        int k = snprintf(buf, sizeof buf, "%.*Le", 780, mid);
        char *e = strchr(buf, 'e'); char ex[16]; strcpy(ex, e); char *p = e - 1; while (*p == '0') p--; p++;
        int r = rnd() % 4; if (r == 1) { *p++ = '0'; *p++ = '1'; } else if (r == 2) { p[-1] = p[-1] == '0' ? '0' : p[-1] - 1; strcpy(p, "9999"); p += 4; } else if (r == 3) { for (int j=0;j<50;j++) *p++ = '0'; *p++='1'; }
        strcpy(p, ex); (void)k; break; }
      case 4: { // halfway between floats
        float f = (float)rand_double(); f = fabsf(f); if (!isfinite(f)) f = 1.0f; float nx = nextafterf(f, INFINITY); if (!isfinite(nx)) { f = 1.0f; nx = nextafterf(f, INFINITY); }
        double mid = ((double)f + nx) / 2;
        snprintf(buf, sizeof buf, "%.*e", 130, mid);
        char *e = strchr(buf, 'e'); char ex[16]; strcpy(ex, e); char *p = e - 1; while (*p == '0') p--; p++;
        int r = rnd() % 3; if (r == 1) { *p++ = '0'; *p++ = '1'; } else if (r == 2) { p[-1] = p[-1] == '0' ? '0' : p[-1] - 1; strcpy(p, "99"); p += 2; }
        strcpy(p, ex); break; }
      case 5: { // near subnormal boundary / overflow boundary
        static const char *bases[] = {"2.2250738585072011e-308", "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.17549435e-38", "1.4e-45", "7.00649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625e-46", "3.4028235e38", "3.40282356779733661637539395458142568448e38", "3.6451995318824746025e-4951", "1.18973149535723176502e4932", "9007199254740993", "9007199254740992.5", "0.1", "1e23", "8.98846567431158e307"};
        const char *b = bases[rnd() % (sizeof bases / sizeof *bases)];
        strcpy(buf, b); char *e = strchr(buf, 'e'); int pos = e ? (int)(e - buf) : (int)strlen(buf);
        int j = (int)(rnd() % pos); if (buf[j] >= '0' && buf[j] <= '9') buf[j] = '0' + rnd() % 10; break; }
      case 6: { // hex floats with long mantissas
        int k = 0; if (rnd() & 1) buf[k++] = '-'; buf[k++] = '0'; buf[k++] = "xX"[rnd() & 1];
        int nd = rnd() % 30 + 1, pt = rnd() % (nd + 2);
        for (int j = 0; j < nd; j++) { if (j == pt) buf[k++] = '.'; buf[k++] = "0123456789abcdefABCDEF"[rnd() % 22]; }
        if (rnd() % 4) k += sprintf(buf + k, "p%d", (int)(rnd() % 33000) - 16500 + ((rnd() & 1) ? 0 : 16000 - (int)(rnd()%32000)));
        buf[k] = 0; break; }
      case 7: { // syntax torture from pieces
        static const char *pieces[] = {" ", "+", "-", "0", "1", "9", ".", "e", "E", "x", "X", "p", "P", "inf", "INF", "inity", "nan", "NaN", "(", ")", "0x", "a", "f", "_", "5", "e-", "e+", "\t", "00", "n", "i", "1234567890123456789", "(0x1f)", "(12)", "()" };
        int np = rnd() % 7 + 1, k = 0;
        for (int j = 0; j < np; j++) k += sprintf(buf + k, "%s", pieces[rnd() % (sizeof pieces / sizeof *pieces)]);
        break; }
      case 8: { // long inputs
        int nd = rnd() % 1200 + 1, k = 0, lead = rnd() % 3 ? 0 : rnd() % 400;
        for (int j = 0; j < lead; j++) buf[k++] = '0';
        if (rnd() & 1) { buf[k++] = '.'; }
        for (int j = 0; j < nd; j++) buf[k++] = (rnd() % 5 == 0) ? '0' + rnd() % 10 : (rnd() & 1 ? '0' : '9');
        k += sprintf(buf + k, "e%d", (int)(rnd() % 800) - 400 - (rnd() % 2 ? 0 : nd));
        break; }
    }
    check(buf);
  }
  printf("%ld cases, %ld failures\n", total, fails);
  return fails != 0;
}
