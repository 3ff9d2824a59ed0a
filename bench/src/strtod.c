// printf("%.17g") and strtod: random finite doubles (all exponents) are
// printed and read back; every value must come back bit for bit.
#include <string.h>

#include "bench.h"

#define FIELD 32

static double random_double(uint64_t *seed) {
  for (;;) {
    uint64_t bits = bench_rand(seed);
    double d;
    memcpy(&d, &bits, sizeof(d));
    if (d - d == 0)  // finite
      return d;
  }
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  size_t n = (size_t)bench_n(40000);
  double *v = malloc(n * sizeof(double)), *back = malloc(n * sizeof(double));
  char *text = malloc(n * FIELD);
  BENCH_CHECK("strtod", v && back && text, "malloc failed");
  uint64_t seed = 77;
  for (size_t i = 0; i < n; i++)
    v[i] = random_double(&seed);

  uint64_t print_ns, scan_ns;
  BENCH_BEST(print_ns, for (size_t i = 0; i < n; i++) {
    int len = snprintf(text + i * FIELD, FIELD, "%.17g", v[i]);
    BENCH_CHECK("snprintf_g17", len > 0 && len < FIELD, "length %d", len);
  });
  BENCH_BEST(scan_ns, for (size_t i = 0; i < n; i++) {
    char *end;
    back[i] = strtod(text + i * FIELD, &end);
    BENCH_CHECK("strtod", *end == '\0', "unparsed text in %s", text + i * FIELD);
  });
  for (size_t i = 0; i < n; i++)
    BENCH_CHECK("strtod", memcmp(&v[i], &back[i], sizeof(double)) == 0,
                "%a printed as %s read back as %a", v[i], text + i * FIELD, back[i]);
  bench_report("snprintf_g17", print_ns, n);
  bench_report("strtod", scan_ns, n);
  free(v);
  free(back);
  free(text);
  return 0;
}
