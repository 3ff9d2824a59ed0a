// qsort of 1M random ints; the result must be sorted and a permutation of
// the input (same sum and same xor of a mix of every element).
#include <string.h>

#include "bench.h"

static int compare_ints(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static uint64_t mix(int v) {
  uint64_t x = (uint32_t)v * 0x9E3779B97F4A7C15ull;
  return x ^ (x >> 29);
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  const char *name = "qsort_1M_int";
  size_t n = (size_t)bench_n(1 << 20);
  int *input = malloc(n * sizeof(int)), *a = malloc(n * sizeof(int));
  BENCH_CHECK(name, input != NULL && a != NULL, "malloc failed");
  uint64_t seed = 1234, sum = 0, x = 0;
  for (size_t i = 0; i < n; i++) {
    // A quarter of the values repeat, so equal keys are exercised too.
    uint64_t range = i % 4 == 0 ? 1000 : 2000000000;
    input[i] = (int)((int64_t)(bench_rand(&seed) % range) - (int64_t)(range / 2));
    sum += (uint64_t)(int64_t)input[i];
    x ^= mix(input[i]);
  }
  // BENCH_TRIALS sorts of fresh copies of the input; the fastest counts.
  uint64_t best = UINT64_MAX;
  for (int trial = 0; trial < BENCH_TRIALS; trial++) {
    memcpy(a, input, n * sizeof(int));
    uint64_t t0 = bench_now_ns();
    qsort(a, n, sizeof(int), compare_ints);
    uint64_t t1 = bench_now_ns();
    if (t1 - t0 < best)
      best = t1 - t0;
  }
  for (size_t i = 0; i < n; i++) {
    BENCH_CHECK(name, i == 0 || a[i - 1] <= a[i], "not sorted at %zu", i);
    sum -= (uint64_t)(int64_t)a[i];
    x ^= mix(a[i]);
  }
  BENCH_CHECK(name, sum == 0 && x == 0, "the output is not a permutation of the input");
  free(a);
  free(input);
  // Reported per sort, in nanoseconds.
  bench_report(name, best, 1);
  return 0;
}
