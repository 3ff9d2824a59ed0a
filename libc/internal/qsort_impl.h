// Internal: the sorting algorithm behind qsort and qsort_r.
//
// Introsort: quicksort with a median-of-three pivot (Tukey's ninther for
// larger ranges) and a partition whose scans stop at keys equal to the
// pivot (so runs of equal keys split evenly); recursion on the smaller
// part only, so the stack depth stays O(log n); after 2*log2(n) levels of
// bad splits the range is heapsorted, bounding the total at O(n log n)
// comparisons on any input (including McIlroy's adversary); ranges of at
// most 12 elements are insertion sorted.  When a partition step moved
// nothing, the parts are probably sorted already; a bounded insertion sort
// is tried on them first, which finishes sorted input in linear time.
//
// The including file defines QSORT_NAME (the function to define),
// QSORT_CMP_PARAMS (its comparator parameters), QSORT_CMP_ARGS (the same
// as arguments) and QSORT_CMP(a, b).
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Element swapping, in the widest unit the size and alignment allow
// (__builtin_memcpy: the libc is built freestanding, where plain memcpy
// would stay a call).
enum qsort_unit { QSORT_BYTES, QSORT_WORDS32, QSORT_WORDS64 };

static inline void qsort_swap(char *a, char *b, size_t size,
                              enum qsort_unit unit) {
  if (unit == QSORT_WORDS64) {
    for (size_t i = 0; i < size; i += 8) {
      uint64_t x, y;
      __builtin_memcpy(&x, a + i, 8);
      __builtin_memcpy(&y, b + i, 8);
      __builtin_memcpy(a + i, &y, 8);
      __builtin_memcpy(b + i, &x, 8);
    }
  } else if (unit == QSORT_WORDS32) {
    for (size_t i = 0; i < size; i += 4) {
      uint32_t x, y;
      __builtin_memcpy(&x, a + i, 4);
      __builtin_memcpy(&y, b + i, 4);
      __builtin_memcpy(a + i, &y, 4);
      __builtin_memcpy(b + i, &x, 4);
    }
  } else {
    for (size_t i = 0; i < size; ++i) {
      char t = a[i];
      a[i] = b[i];
      b[i] = t;
    }
  }
}

#define QSORT_AT(i) (base + (i) * size)
#define QSORT_SWAP(i, j) qsort_swap(QSORT_AT(i), QSORT_AT(j), size, unit)

static void QSORT_NAME(_insertion)(char *base, size_t n, size_t size,
                                   enum qsort_unit unit, QSORT_CMP_PARAMS) {
  for (size_t i = 1; i < n; ++i)
    for (size_t j = i; j > 0 && QSORT_CMP(QSORT_AT(j - 1), QSORT_AT(j)) > 0; --j)
      QSORT_SWAP(j - 1, j);
}

// Insertion sort that gives up (returning false) after `limit` moves.
static bool QSORT_NAME(_try_insertion)(char *base, size_t n, size_t size,
                                       enum qsort_unit unit,
                                       QSORT_CMP_PARAMS) {
  size_t moves = 0;
  for (size_t i = 1; i < n; ++i) {
    size_t j = i;
    for (; j > 0 && QSORT_CMP(QSORT_AT(j - 1), QSORT_AT(j)) > 0; --j)
      QSORT_SWAP(j - 1, j);
    moves += i - j;
    if (moves > 8)
      return false;
  }
  return true;
}

static void QSORT_NAME(_sift)(char *base, size_t r, size_t n, size_t size,
                              enum qsort_unit unit, QSORT_CMP_PARAMS) {
  for (;;) {
    size_t c = 2 * r + 1;
    if (c >= n)
      return;
    if (c + 1 < n && QSORT_CMP(QSORT_AT(c), QSORT_AT(c + 1)) < 0)
      ++c;
    if (QSORT_CMP(QSORT_AT(r), QSORT_AT(c)) >= 0)
      return;
    QSORT_SWAP(r, c);
    r = c;
  }
}

static void QSORT_NAME(_heapsort)(char *base, size_t n, size_t size,
                                  enum qsort_unit unit, QSORT_CMP_PARAMS) {
  for (size_t k = n / 2; k-- > 0;)
    QSORT_NAME(_sift)(base, k, n, size, unit, QSORT_CMP_ARGS);
  for (size_t end = n - 1; end > 0; --end) {
    QSORT_SWAP(0, end);
    QSORT_NAME(_sift)(base, 0, end, size, unit, QSORT_CMP_ARGS);
  }
}

// Index of the median of elements i, j and k.
static size_t QSORT_NAME(_med3)(char *base, size_t size, size_t i, size_t j,
                                size_t k, QSORT_CMP_PARAMS) {
  if (QSORT_CMP(QSORT_AT(i), QSORT_AT(j)) < 0) {
    if (QSORT_CMP(QSORT_AT(j), QSORT_AT(k)) < 0)
      return j;
    return QSORT_CMP(QSORT_AT(i), QSORT_AT(k)) < 0 ? k : i;
  }
  if (QSORT_CMP(QSORT_AT(j), QSORT_AT(k)) > 0)
    return j;
  return QSORT_CMP(QSORT_AT(i), QSORT_AT(k)) > 0 ? k : i;
}

static void QSORT_NAME(_sort)(char *base, size_t n, size_t size,
                              enum qsort_unit unit, unsigned depth,
                              QSORT_CMP_PARAMS) {
  while (n > 12) {
    if (depth == 0) {
      QSORT_NAME(_heapsort)(base, n, size, unit, QSORT_CMP_ARGS);
      return;
    }
    --depth;

    size_t mid = n / 2, last = n - 1, p;
    if (n > 128) {
      size_t s = n / 8;
      size_t a = QSORT_NAME(_med3)(base, size, 0, s, 2 * s, QSORT_CMP_ARGS);
      size_t b = QSORT_NAME(_med3)(base, size, mid - s, mid, mid + s,
                                   QSORT_CMP_ARGS);
      size_t c = QSORT_NAME(_med3)(base, size, last - 2 * s, last - s, last,
                                   QSORT_CMP_ARGS);
      p = QSORT_NAME(_med3)(base, size, a, b, c, QSORT_CMP_ARGS);
    } else {
      p = QSORT_NAME(_med3)(base, size, 0, mid, last, QSORT_CMP_ARGS);
    }
    if (p != 0)
      QSORT_SWAP(0, p);

    // Partition around the pivot at index 0; both scans stop at equal keys.
    size_t i = 0, j = n;
    bool swapped = false;
    for (;;) {
      do
        ++i;
      while (i < n && QSORT_CMP(QSORT_AT(i), base) < 0);
      do
        --j;
      while (j > 0 && QSORT_CMP(QSORT_AT(j), base) > 0);
      if (i >= j)
        break;
      QSORT_SWAP(i, j);
      swapped = true;
    }
    if (j != 0)
      QSORT_SWAP(0, j);
    // Now [0, j) <= pivot == element j <= [j + 1, n).
    char *right = QSORT_AT(j + 1);
    size_t nl = j, nr = n - j - 1;
    if (!swapped &&
        QSORT_NAME(_try_insertion)(base, nl, size, unit, QSORT_CMP_ARGS) &&
        QSORT_NAME(_try_insertion)(right, nr, size, unit, QSORT_CMP_ARGS))
      return;
    if (nl < nr) {
      QSORT_NAME(_sort)(base, nl, size, unit, depth, QSORT_CMP_ARGS);
      base = right;
      n = nr;
    } else {
      QSORT_NAME(_sort)(right, nr, size, unit, depth, QSORT_CMP_ARGS);
      n = nl;
    }
  }
  QSORT_NAME(_insertion)(base, n, size, unit, QSORT_CMP_ARGS);
}

static void QSORT_NAME()(void *base, size_t n, size_t size,
                         QSORT_CMP_PARAMS) {
  if (n < 2 || size == 0)
    return;
  enum qsort_unit unit = QSORT_BYTES;
  if (((uintptr_t)base | size) % 8 == 0)
    unit = QSORT_WORDS64;
  else if (((uintptr_t)base | size) % 4 == 0)
    unit = QSORT_WORDS32;
  unsigned depth = 0;
  for (size_t m = n; m > 1; m >>= 1)
    depth += 2;
  QSORT_NAME(_sort)(base, n, size, unit, depth, QSORT_CMP_ARGS);
}

#undef QSORT_AT
#undef QSORT_SWAP
