// memcpy, memset, strlen, strchr and strcmp at 16 B, 256 B, 4 KiB and 1 MiB.
// Sizes are read through a volatile so that no call is inlined or expanded
// by the compiler: every iteration is a call into the library.
#include <string.h>

#include "bench.h"

#define MAXSIZE (1u << 20)

static volatile size_t volatile_sizes[] = {16, 256, 4096, MAXSIZE};
static const char *const size_names[] = {"16B", "256B", "4KiB", "1MiB"};

// Iterations so that every size moves about the same number of bytes, with a
// floor for the small sizes whose cost is the call itself.
static uint64_t iterations(size_t size) {
  uint64_t n = (32ull << 20) / size;
  if (n > 400000)
    n = 400000;
  return bench_n(n);
}

static char *buffer(void) {
  char *p = aligned_alloc(64, MAXSIZE + 64);
  BENCH_CHECK("string", p != NULL, "aligned_alloc failed");
  return p;
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  char *a = buffer(), *b = buffer();
  char name[64];
  uint64_t seed = 42;
  for (size_t i = 0; i < MAXSIZE + 64; i++)
    a[i] = (char)('a' + bench_rand(&seed) % 26);

  for (int s = 0; s < 4; s++) {
    size_t size = volatile_sizes[s];
    uint64_t n = iterations(size);

    // memcpy: the destination must equal the source afterwards.
    snprintf(name, sizeof(name), "memcpy_%s", size_names[s]);
    memset(b, 0, size);
    uint64_t ns;
    BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
      memcpy(b, a, size);
      BENCH_ESCAPE(b);
    });
    BENCH_CHECK(name, memcmp(a, b, size) == 0, "copy differs from source");
    bench_report(name, ns, n);

    // memset: alternate the fill byte so no call is redundant; check the
    // whole buffer holds the last one.
    snprintf(name, sizeof(name), "memset_%s", size_names[s]);
    BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
      memset(b, (int)(i & 1) + 1, size);
      BENCH_ESCAPE(b);
    });
    int last = (int)((n - 1) & 1) + 1;
    for (size_t i = 0; i < size; i++)
      BENCH_CHECK(name, b[i] == last, "byte %zu is %d, want %d", i, b[i], last);
    bench_report(name, ns, n);

    // strlen of a string of size - 1 characters.
    snprintf(name, sizeof(name), "strlen_%s", size_names[s]);
    memcpy(b, a, size);
    b[size - 1] = '\0';
    uint64_t sum = 0;
    BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
      BENCH_ESCAPE(b);
      sum += strlen(b);
    });
    BENCH_CHECK(name, sum == BENCH_TRIALS * n * (size - 1), "lengths add up to %llu",
                (unsigned long long)sum);
    bench_report(name, ns, n);

    // strchr for a character that occurs only at the last position.
    snprintf(name, sizeof(name), "strchr_%s", size_names[s]);
    for (size_t i = 0; i < size - 1; i++)
      if (b[i] == 'Z')
        b[i] = 'z';
    b[size - 2] = 'Z';
    uint64_t found = 0;
    BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
      BENCH_ESCAPE(b);
      found += (uint64_t)(strchr(b, 'Z') - b);
    });
    BENCH_CHECK(name, found == BENCH_TRIALS * n * (size - 2), "found at the wrong place");
    bench_report(name, ns, n);

    // strcmp of two strings that differ only in their last character.
    snprintf(name, sizeof(name), "strcmp_%s", size_names[s]);
    memcpy(a + MAXSIZE / 2 - size / 2, b, size);
    char *c = a + MAXSIZE / 2 - size / 2;  // same text, other buffer
    c[size - 2] = 'Y';
    int64_t signs = 0;
    BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
      BENCH_ESCAPE(b);
      BENCH_ESCAPE(c);
      int r = strcmp(b, c);
      signs += (r > 0) - (r < 0);
    });
    BENCH_CHECK(name, signs == BENCH_TRIALS * (int64_t)n, "'Z' does not compare above 'Y'");
    bench_report(name, ns, n);
    // Restore the random text for the next size.
    seed = 42;
    for (size_t i = 0; i < MAXSIZE + 64; i++)
      a[i] = (char)('a' + bench_rand(&seed) % 26);
  }
  free(a);
  free(b);
  return 0;
}
