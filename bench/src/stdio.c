// stdio on memory streams: fprintf of integers and of doubles into an
// open_memstream, and fgets/fputs of lines from an fmemopen'ed buffer into an
// open_memstream.  Memory streams keep the kernel out of the measurement.
#include <string.h>

#include "bench.h"

static int decimal_length(long v) {
  int n = v < 0 ? 2 : 1;
  unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
  while (u >= 10) {
    u /= 10;
    n++;
  }
  return n;
}

static void print_ints(uint64_t count) {
  const char *name = "fprintf_int";
  char *buf = NULL;
  size_t len = 0;
  FILE *f = NULL;
  uint64_t seed, expect = 0, best = UINT64_MAX;
  for (int trial = 0; trial < BENCH_TRIALS; trial++) {
    if (f != NULL) {
      fclose(f);
      free(buf);
    }
    f = open_memstream(&buf, &len);
    BENCH_CHECK(name, f != NULL, "open_memstream failed");
    seed = 3;
    uint64_t t0 = bench_now_ns();
    for (uint64_t i = 0; i < count; i++) {
      long v = (long)(bench_rand(&seed) >> (i % 40)) * ((i & 1) ? -1 : 1);
      fprintf(f, "%ld %d\n", v, (int)i);
    }
    BENCH_CHECK(name, fflush(f) == 0, "fflush failed");
    uint64_t t1 = bench_now_ns();
    if (t1 - t0 < best)
      best = t1 - t0;
  }
  // Check the text of the last pass, value by value.
  seed = 3;
  char *p = buf;
  for (uint64_t i = 0; i < count; i++) {
    long v = (long)(bench_rand(&seed) >> (i % 40)) * ((i & 1) ? -1 : 1);
    char *end;
    long got = strtol(p, &end, 10);
    BENCH_CHECK(name, got == v && *end == ' ', "line %llu: %ld, want %ld",
                (unsigned long long)i, got, v);
    long got2 = strtol(end + 1, &end, 10);
    BENCH_CHECK(name, got2 == (long)(int)i && *end == '\n', "line %llu: bad counter",
                (unsigned long long)i);
    p = end + 1;
    expect += (uint64_t)decimal_length(v) + (uint64_t)decimal_length((int)i) + 2;
  }
  BENCH_CHECK(name, len == expect, "stream length %zu, want %llu", len,
              (unsigned long long)expect);
  fclose(f);
  free(buf);
  bench_report(name, best, count);
}

static void print_doubles(uint64_t count) {
  const char *name = "fprintf_double";
  char *buf = NULL;
  size_t len = 0;
  FILE *f = NULL;
  uint64_t seed, best = UINT64_MAX;
  for (int trial = 0; trial < BENCH_TRIALS; trial++) {
    if (f != NULL) {
      fclose(f);
      free(buf);
    }
    f = open_memstream(&buf, &len);
    BENCH_CHECK(name, f != NULL, "open_memstream failed");
    seed = 5;
    uint64_t t0 = bench_now_ns();
    for (uint64_t i = 0; i < count; i++) {
      double v = (double)(int64_t)bench_rand(&seed) / 1e6;
      fprintf(f, "%.6f %g\n", v, v);
    }
    BENCH_CHECK(name, fflush(f) == 0, "fflush failed");
    uint64_t t1 = bench_now_ns();
    if (t1 - t0 < best)
      best = t1 - t0;
  }
  seed = 5;
  char *p = buf;
  for (uint64_t i = 0; i < count; i++) {
    double v = (double)(int64_t)bench_rand(&seed) / 1e6;
    char *end;
    double a = strtod(p, &end);
    BENCH_CHECK(name, *end == ' ', "line %llu: no blank", (unsigned long long)i);
    double b = strtod(end + 1, &end);
    BENCH_CHECK(name, *end == '\n', "line %llu: no newline", (unsigned long long)i);
    double da = a - v, db = (b - v) / v;
    BENCH_CHECK(name, da <= 5e-7 && da >= -5e-7 && db <= 1e-5 && db >= -1e-5,
                "line %llu: %.17g printed as %.17g and %.17g", (unsigned long long)i, v, a, b);
    p = end + 1;
  }
  BENCH_CHECK(name, (size_t)(p - buf) == len, "trailing text");
  fclose(f);
  free(buf);
  bench_report(name, best, count);
}

// fgets from an fmemopen'ed text of `lines` lines, fputs to an
// open_memstream; the copy must equal the original.
static void copy_lines(uint64_t lines) {
  const char *name = "fgets_fputs_line";
  size_t cap = lines * 81 + 1, n = 0;
  char *text = malloc(cap);
  BENCH_CHECK(name, text != NULL, "malloc failed");
  uint64_t seed = 9;
  for (uint64_t i = 0; i < lines; i++) {
    size_t l = 10 + bench_rand(&seed) % 70;
    for (size_t j = 0; j < l; j++)
      text[n++] = (char)(' ' + bench_rand(&seed) % 95);
    text[n++] = '\n';
  }
  FILE *in = NULL, *o = NULL;
  char *out = NULL;
  size_t outlen = 0;
  uint64_t got = 0, best = UINT64_MAX;
  for (int trial = 0; trial < BENCH_TRIALS; trial++) {
    if (o != NULL) {
      fclose(in);
      fclose(o);
      free(out);
    }
    in = fmemopen(text, n, "r");
    BENCH_CHECK(name, in != NULL, "fmemopen failed");
    o = open_memstream(&out, &outlen);
    BENCH_CHECK(name, o != NULL, "open_memstream failed");
    char line[128];
    got = 0;
    uint64_t t0 = bench_now_ns();
    while (fgets(line, sizeof(line), in) != NULL) {
      fputs(line, o);
      got++;
    }
    BENCH_CHECK(name, fflush(o) == 0, "fflush failed");
    uint64_t t1 = bench_now_ns();
    if (t1 - t0 < best)
      best = t1 - t0;
  }
  BENCH_CHECK(name, got == lines, "%llu lines read, want %llu", (unsigned long long)got,
              (unsigned long long)lines);
  BENCH_CHECK(name, outlen == n && memcmp(out, text, n) == 0, "copy differs");
  fclose(in);
  fclose(o);
  free(out);
  free(text);
  bench_report(name, best, lines);
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  print_ints(bench_n(100000));
  print_doubles(bench_n(40000));
  copy_lines(bench_n(100000));
  return 0;
}
