#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
void my_qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void my_qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);
static uint64_t rs = 12345;
static uint64_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return rs; }
static size_t g_size; static long ncmp;
static int cmp_mem(const void *a, const void *b) { ncmp++; return memcmp(a, b, g_size); }
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_r(const void *a, const void *b, void *arg) { ++*(long *)arg; return memcmp(a, b, g_size); }
// McIlroy's adversary
static int *val, gas, nsolid, candidate;
static int cmp_adv(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b; ncmp++;
  if (val[x] == gas && val[y] == gas) { if (x == candidate) val[x] = nsolid++; else val[y] = nsolid++; }
  if (val[x] == gas) candidate = x; else if (val[y] == gas) candidate = y;
  return (val[x] > val[y]) - (val[x] < val[y]);
}
int main(void) {
  long fails = 0, cases = 0;
  size_t sizes[] = {1, 2, 3, 4, 5, 8, 12, 16, 24, 40};
  for (int iter = 0; iter < 3000; iter++) {
    size_t size = sizes[rnd() % 10], n = rnd() % (iter < 2000 ? 200 : 5000);
    g_size = size;
    unsigned char *a = malloc(n * size + 1), *b = malloc(n * size + 1);
    int pat = rnd() % 7; unsigned distinct = rnd() % 2 ? 3 : 1000000;
    for (size_t i = 0; i < n; i++) for (size_t k = 0; k < size; k++) {
      unsigned v;
      switch (pat) { case 0: v = rnd() % distinct; break; case 1: v = i; break; case 2: v = n - i; break; case 3: v = 7; break;
        case 4: v = i < n / 2 ? i : n - i; break; case 5: v = i % 17; break; default: v = (i * 7919) % (n + 1); }
      a[i * size + k] = (unsigned char)(k == size - 1 ? v : (k == 0 ? v >> 8 : 0));
    }
    memcpy(b, a, n * size);
    unsigned char *base = a + (rnd() % 2 && 0);
    if (rnd() % 2) { my_qsort(base, n, size, cmp_mem); } else { long c = 0; my_qsort_r(base, n, size, cmp_r, &c); }
    qsort(b, n, size, cmp_mem);
    cases++;
    if (memcmp(a, b, n * size)) { if (fails++ < 5) printf("mismatch n=%zu size=%zu pat=%d\n", n, size, pat); }
    free(a); free(b);
  }
  // unaligned base
  { g_size = 8; unsigned char *buf = malloc(8 * 1001 + 1), *ref = malloc(8 * 1001); for (int i = 0; i < 8008; i++) buf[i + 1] = rnd(); memcpy(ref, buf + 1, 8008);
    my_qsort(buf + 1, 1001, 8, cmp_mem); qsort(ref, 1001, 8, cmp_mem); cases++; if (memcmp(buf + 1, ref, 8008)) { fails++; puts("unaligned mismatch"); } }
  printf("qsort: %ld cases, %ld failures\n", cases, fails);
  // adversary
  for (int n = 1000; n <= 1000000; n *= 10) {
    int *ptr = malloc(n * sizeof(int)); val = malloc(n * sizeof(int)); gas = n; nsolid = 0; candidate = 0;
    for (int i = 0; i < n; i++) { ptr[i] = i; val[i] = gas; }
    ncmp = 0; my_qsort(ptr, n, sizeof(int), cmp_adv);
    double nlogn = n * __builtin_log2(n);
    printf("antiqsort n=%d: %ld comparisons = %.2f n log2 n\n", n, ncmp, ncmp / nlogn);
    free(ptr); free(val);
  }
  // speed
  int n = 2000000; int *x = malloc(n * 4), *y = malloc(n * 4);
  const char *names[] = {"random", "sorted", "reversed", "few-distinct", "sorted+noise"};
  for (int p = 0; p < 5; p++) {
    for (int i = 0; i < n; i++) x[i] = p == 0 ? (int)rnd() : p == 1 ? i : p == 2 ? n - i : p == 3 ? (int)(rnd() % 4) : (rnd() % 1000 ? i : (int)rnd());
    memcpy(y, x, n * 4);
    clock_t t0 = clock(); my_qsort(x, n, 4, cmp_int); clock_t t1 = clock(); qsort(y, n, 4, cmp_int); clock_t t2 = clock();
    printf("%-13s mine %.3fs glibc %.3fs %s\n", names[p], (double)(t1 - t0) / CLOCKS_PER_SEC, (double)(t2 - t1) / CLOCKS_PER_SEC, memcmp(x, y, n * 4) ? "MISMATCH" : "");
  }
  return fails != 0;
}
