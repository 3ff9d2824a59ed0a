// Shared helpers of the benchmark programs in bench/src.
//
// Every program is an ordinary main() program, built three ways by
// scripts/bench.py: for CloudABI with the SDK (run under cloudabi-run
// --stdio), statically against musl (musl-gcc) and statically against glibc.
// A program prints one line per measurement on standard output:
//     RESULT <case> <nanoseconds per operation>
//     SKIP <case-or-group> <reason>
// and on a wrong result prints "FAIL <case>: <what>" on standard error and
// exits with status 1, so a broken function can never show up as a fast one.
//
// Timing is clock_gettime(CLOCK_MONOTONIC) around the measured loop only:
// process start-up, argument parsing and result checks are outside of it.
// Short loops are timed in BENCH_TRIALS passes and the fastest pass counts.
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

// Keeps the compiler from reasoning about a pointer's target or a value:
// after this, the memory may have been read or changed by "someone".
#define BENCH_ESCAPE(p) __asm__ volatile("" : : "r"(p) : "memory")
#define BENCH_CLOBBER() __asm__ volatile("" : : : "memory")

static inline uint64_t bench_now_ns(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) {
    fputs("FAIL clock_gettime(CLOCK_MONOTONIC) failed\n", stderr);
    exit(1);
  }
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// Times the code given after `ns_out` in BENCH_TRIALS passes and stores the fastest pass in `ns_out`.
// On a shared machine a pass may lose the processor to another process; the
// fastest pass is the one least disturbed.  The driver then takes the median
// over its rounds.
#define BENCH_TRIALS 3
#define BENCH_BEST(ns_out, ...)                        \
  do {                                                 \
    uint64_t best_ = UINT64_MAX;                       \
    for (int trial_ = 0; trial_ < BENCH_TRIALS; trial_++) { \
      uint64_t start_ = bench_now_ns();                \
      __VA_ARGS__;                                     \
      uint64_t took_ = bench_now_ns() - start_;        \
      if (took_ < best_)                               \
        best_ = took_;                                 \
    }                                                  \
    (ns_out) = best_;                                  \
  } while (0)

// Reports the time of `ops` operations that took `ns` nanoseconds.
static inline void bench_report(const char *name, uint64_t ns, uint64_t ops) {
  printf("RESULT %s %.4f\n", name, (double)ns / (double)ops);
  fflush(stdout);
}

static inline void bench_skip(const char *name, const char *why) {
  printf("SKIP %s %s\n", name, why);
  fflush(stdout);
}

__attribute__((noreturn, format(printf, 2, 3))) static inline void
bench_fail(const char *name, const char *fmt, ...);

#include <stdarg.h>
static inline void bench_fail(const char *name, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "FAIL %s: ", name);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  fflush(stdout);
  exit(1);
}

#define BENCH_CHECK(name, cond, ...)    \
  do {                                  \
    if (!(cond))                        \
      bench_fail(name, __VA_ARGS__);    \
  } while (0)

// A small deterministic generator (xorshift64*), identical for every build,
// so all three libraries work on the same data.
static inline uint64_t bench_rand(uint64_t *state) {
  uint64_t x = *state;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  *state = x;
  return x * 0x2545F4914F6CDD1Dull;
}

// The scale factor for iteration counts: argv[1] if given ("0.1" for a smoke
// run), 1 otherwise.  Counts never go below 1.
static double bench_scale_factor = 1.0;

static inline void bench_init(int argc, char **argv) {
  if (argc > 1) {
    char *end;
    double s = strtod(argv[1], &end);
    if (*end != '\0' || !(s > 0 && s <= 100)) {
      fprintf(stderr, "usage: %s [scale]\n", argc > 0 ? argv[0] : "bench");
      exit(2);
    }
    bench_scale_factor = s;
  }
}

static inline uint64_t bench_n(uint64_t n) {
  double v = (double)n * bench_scale_factor;
  return v < 1 ? 1 : (uint64_t)v;
}

#endif
