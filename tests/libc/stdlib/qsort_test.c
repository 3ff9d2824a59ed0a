#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static uint64_t rng = 0x9e3779b97f4a7c15;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}

static long comparisons;

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  ++comparisons;
  return (x > y) - (x < y);
}

#define N 20000
static int data[N], copy[N];
static unsigned counts[N + 1];

// Sorted, and a permutation of the input (values are in [0, N]).
static int check_sorted_permutation(const int *a, const int *orig, size_t n) {
  memset(counts, 0, sizeof(counts));
  for (size_t i = 0; i < n; ++i)
    ++counts[orig[i]];
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && a[i - 1] > a[i])
      return 0;
    if (counts[a[i]]-- == 0)
      return 0;
  }
  return 1;
}

static int log2_ceil(size_t n) {
  int l = 0;
  while (((size_t)1 << l) < n)
    ++l;
  return l;
}

TEST(qsort_patterns) {
  static const size_t sizes[] = {0, 1, 2, 3, 12, 13, 100, 129, 1000, N};
  for (int pattern = 0; pattern < 8; ++pattern) {
    for (size_t si = 0; si < sizeof(sizes) / sizeof(sizes[0]); ++si) {
      size_t n = sizes[si];
      for (size_t i = 0; i < n; ++i) {
        switch (pattern) {
          case 0: data[i] = (int)(next() % (N + 1)); break;
          case 1: data[i] = (int)i; break;
          case 2: data[i] = (int)(n - i); break;
          case 3: data[i] = 5; break;
          case 4: data[i] = (int)(next() % 3); break;
          case 5: data[i] = (int)(i < n / 2 ? i : n - i); break;
          case 6: data[i] = (int)(i % 50); break;
          default: data[i] = next() % 100 ? (int)i : (int)(next() % (N + 1));
        }
      }
      memcpy(copy, data, n * sizeof(int));
      comparisons = 0;
      qsort(data, n, sizeof(int), cmp_int);
      ASSERT_TRUE(check_sorted_permutation(data, copy, n));
      if (n > 1)
        ASSERT_TRUE(comparisons <= 4 * (long)n * log2_ceil(n) + 64);
    }
  }
}

// McIlroy, "A Killer Adversary for Quicksort": values are decided lazily
// so as to make the pivots as bad as possible.  Introsort's depth limit
// must keep the comparison count at O(n log n).
static int *adv_val, adv_gas, adv_nsolid, adv_candidate;
static int cmp_adversary(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  ++comparisons;
  if (adv_val[x] == adv_gas && adv_val[y] == adv_gas) {
    if (x == adv_candidate)
      adv_val[x] = adv_nsolid++;
    else
      adv_val[y] = adv_nsolid++;
  }
  if (adv_val[x] == adv_gas)
    adv_candidate = x;
  else if (adv_val[y] == adv_gas)
    adv_candidate = y;
  return (adv_val[x] > adv_val[y]) - (adv_val[x] < adv_val[y]);
}

TEST(qsort_antiqsort) {
  static int val[N];
  for (size_t n = 1000; n <= N; n *= 4) {
    adv_val = val;
    adv_gas = (int)n;
    adv_nsolid = 0;
    adv_candidate = 0;
    for (size_t i = 0; i < n; ++i) {
      data[i] = (int)i;
      val[i] = (int)n;
    }
    comparisons = 0;
    qsort(data, n, sizeof(int), cmp_adversary);
    ASSERT_TRUE(comparisons <= 5 * (long)n * log2_ceil(n));
    // The result is sorted by the values the adversary settled on.
    for (size_t i = 1; i < n; ++i)
      ASSERT_TRUE(val[data[i - 1]] <= val[data[i]]);
  }
}

struct rec {
  char key[3];
  unsigned char tag;
};

static int cmp_rec_r(const void *a, const void *b, void *arg) {
  ++*(int *)arg;
  return memcmp(a, b, sizeof(struct rec));
}

static int cmp_byte_r(const void *a, const void *b, void *arg) {
  ++*(int *)arg;
  return *(const unsigned char *)a - *(const unsigned char *)b;
}

TEST(qsort_r_odd_sizes) {
  static struct rec recs[3000];
  for (size_t i = 0; i < 3000; ++i) {
    recs[i].key[0] = (char)(next() % 4);
    recs[i].key[1] = (char)next();
    recs[i].key[2] = (char)next();
    recs[i].tag = (unsigned char)next();
  }
  int calls = 0;
  qsort_r(recs, 3000, sizeof(struct rec), cmp_rec_r, &calls);
  ASSERT_TRUE(calls > 3000);
  for (size_t i = 1; i < 3000; ++i)
    ASSERT_TRUE(memcmp(&recs[i - 1], &recs[i], sizeof(struct rec)) <= 0);
  // 1-byte and unaligned 8-byte elements.
  static unsigned char bytes[1001];
  for (size_t i = 0; i < 1001; ++i)
    bytes[i] = (unsigned char)next();
  calls = 0;
  qsort_r(bytes + 1, 1000, 1, cmp_byte_r, &calls);
  ASSERT_TRUE(calls >= 999);
  for (size_t i = 2; i < 1001; ++i)
    ASSERT_TRUE(bytes[i - 1] <= bytes[i]);
}

static int cmp_byte(const void *a, const void *b) {
  return *(const unsigned char *)a - *(const unsigned char *)b;
}

TEST(qsort_unaligned) {
  static unsigned char buf[8 * 500 + 1];
  for (size_t i = 0; i < sizeof(buf); ++i)
    buf[i] = (unsigned char)next();
  qsort(buf + 1, 500, 8, cmp_byte);
  for (size_t i = 1; i < 500; ++i)
    ASSERT_TRUE(buf[1 + 8 * (i - 1)] <= buf[1 + 8 * i]);
  qsort(buf, sizeof(buf), 1, cmp_byte);
  for (size_t i = 1; i < sizeof(buf); ++i)
    ASSERT_TRUE(buf[i - 1] <= buf[i]);
}

TEST(bsearch_all) {
  static int sorted[1000];
  for (int i = 0; i < 1000; ++i)
    sorted[i] = 2 * i;
  for (size_t n = 0; n <= 1000; n += 37) {
    for (int k = -1; k <= 2 * (int)n; ++k) {
      int *p = bsearch(&k, sorted, n, sizeof(int), cmp_int);
      if (k >= 0 && k % 2 == 0 && k < 2 * (int)n) {
        ASSERT_TRUE(p == &sorted[k / 2]);
      } else {
        ASSERT_TRUE(p == NULL);
      }
    }
  }
}
