// qsort and bsearch: sorted output and search results for random,
// presorted, reversed, organ-pipe and few-distinct-key arrays.  Only keys
// are printed, so results do not depend on the (unspecified) order of equal
// elements.
#include "ref.h"

static int compare_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int compare_pair(const void *a, const void *b) {
  const int *x = a, *y = b;
  return (x[0] > y[0]) - (x[0] < y[0]);
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  static int v[5000];
  static int pairs[3000][2];
  for (long round = 0; round < 400 * scale; round++) {
    size_t n = ref_below(ref_below(4) == 0 ? 5000 : 60);
    int shape = (int)ref_below(6);
    for (size_t i = 0; i < n; i++) {
      switch (shape) {
        case 0: v[i] = (int)ref_next(); break;
        case 1: v[i] = (int)i; break;
        case 2: v[i] = (int)(n - i); break;
        case 3: v[i] = (int)(i < n / 2 ? i : n - i); break;
        case 4: v[i] = (int)ref_below(4); break;
        default: v[i] = (int)(i ^ 0x55); break;
      }
    }
    qsort(v, n, sizeof(v[0]), compare_int);
    ref_puts("sorted ");
    ref_dec((long long)n);
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
      h = (h ^ (uint32_t)v[i]) * 1099511628211ULL;
    ref_puts(" hash ");
    ref_hex(h);
    for (int q = 0; q < 5; q++) {
      int key = n > 0 && ref_below(2) ? v[ref_below(n)] : (int)ref_next();
      const int *found = bsearch(&key, v, n, sizeof(v[0]), compare_int);
      ref_puts(found != NULL && *found == key ? " hit" : found == NULL ? " miss" : " WRONG");
    }
    ref_puts("\n");
  }
  // Larger elements.
  for (long round = 0; round < 50 * scale; round++) {
    size_t n = ref_below(3000);
    for (size_t i = 0; i < n; i++) {
      pairs[i][0] = (int)ref_below(1000);
      pairs[i][1] = (int)i;
    }
    qsort(pairs, n, sizeof(pairs[0]), compare_pair);
    ref_puts("pairs ");
    ref_dec((long long)n);
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
      h = (h ^ (uint32_t)pairs[i][0]) * 1099511628211ULL;
    ref_puts(" hash ");
    ref_hex(h);
    ref_puts("\n");
  }
  ref_flush();
  return 0;
}
