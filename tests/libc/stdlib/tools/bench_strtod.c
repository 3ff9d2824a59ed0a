#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <time.h>
double my_strtod(const char *, char **); float my_strtof(const char *, char **); long double my_strtold(const char *, char **);
static uint64_t rs = 1; static uint64_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return rs; }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
int main(void) {
  enum { N = 200000 }; static char bufs[N][40];
  const char *names[] = {"%.17g random", "%.6f small", "ints", "%.9g floats", "%.20Lg ld"};
  for (int kind = 0; kind < 5; kind++) {
    for (int i = 0; i < N; i++) { uint64_t b = rnd(); double d; memcpy(&d, &b, 8); if (d != d || d - d != 0) d = 1.5;
      if (kind == 0) snprintf(bufs[i], 40, "%.17g", d); else if (kind == 1) snprintf(bufs[i], 40, "%.6f", (double)(rnd() % 100000) / 7); else if (kind == 2) snprintf(bufs[i], 40, "%d", (int)(rnd() % 1000000)); else if (kind == 3) snprintf(bufs[i], 40, "%.9g", (float)((double)rnd() / 1e10)); else snprintf(bufs[i], 40, "%.20Lg", (long double)d * 1.1L); }
    volatile double s = 0; double t0 = now();
    for (int r = 0; r < 5; r++) for (int i = 0; i < N; i++) s += kind == 4 ? (double)strtold(bufs[i], 0) : strtod(bufs[i], 0);
    double t1 = now();
    for (int r = 0; r < 5; r++) for (int i = 0; i < N; i++) s += kind == 4 ? (double)my_strtold(bufs[i], 0) : my_strtod(bufs[i], 0);
    double t2 = now();
    printf("%-14s glibc %.1f ns  mine %.1f ns\n", names[kind], (t1 - t0) / (5.0 * N) * 1e9, (t2 - t1) / (5.0 * N) * 1e9);
  }
}
