// The allocation functions' contracts: sizes, alignment, zeroing, overflow
// and alignment errors, realloc contents, malloc_usable_size.
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static void fill(unsigned char *p, size_t n, unsigned tag) {
  for (size_t i = 0; i < n; ++i)
    p[i] = (unsigned char)(tag + i * 7);
}

static bool check(const unsigned char *p, size_t n, unsigned tag) {
  for (size_t i = 0; i < n; ++i)
    if (p[i] != (unsigned char)(tag + i * 7))
      return false;
  return true;
}

TEST(malloc_zero_is_unique) {
  void *a = malloc(0), *b = malloc(0);
  ASSERT_TRUE(a != NULL);
  ASSERT_TRUE(b != NULL);
  ASSERT_TRUE(a != b);
  free(a);
  free(b);
  free(NULL);
}

TEST(malloc_sizes_and_alignment) {
  static const size_t sizes[] = {1, 15, 16, 17, 100, 128, 129, 1000, 4096,
                                 32767, 32768, 32769, 65536, 131072, 131073, 1000000, 5000000};
  void *p[sizeof(sizes) / sizeof(sizes[0])];
  for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); ++i) {
    p[i] = malloc(sizes[i]);
    ASSERT_TRUE(p[i] != NULL);
    ASSERT_EQ((uintptr_t)p[i] % 16, 0);
    ASSERT_TRUE(malloc_usable_size(p[i]) >= sizes[i]);
    fill(p[i], sizes[i], (unsigned)i);
  }
  for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); ++i) {
    ASSERT_TRUE(check(p[i], sizes[i], (unsigned)i));
    free(p[i]);
  }
  ASSERT_EQ(malloc_usable_size(NULL), 0);
}

TEST(malloc_too_large) {
  errno = 0;
  ASSERT_TRUE(malloc(SIZE_MAX) == NULL);
  ASSERT_EQ(errno, ENOMEM);
  errno = 0;
  ASSERT_TRUE(malloc(SIZE_MAX / 2) == NULL);
  ASSERT_EQ(errno, ENOMEM);
}

TEST(calloc_zeroes_reused_memory) {
  static const size_t sizes[] = {1, 100, 5000, 40000, 1 << 20};
  for (int round = 0; round < 3; ++round) {
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); ++k) {
      unsigned char *p = calloc(sizes[k], 1);
      ASSERT_TRUE(p != NULL);
      for (size_t i = 0; i < sizes[k]; ++i)
        ASSERT_EQ(p[i], 0);
      memset(p, 0xa5, sizes[k]);
      free(p);
    }
  }
}

TEST(calloc_overflow) {
  errno = 0;
  ASSERT_TRUE(calloc(SIZE_MAX / 2, 3) == NULL);
  ASSERT_EQ(errno, ENOMEM);
  errno = 0;
  ASSERT_TRUE(calloc((size_t)1 << 32, (size_t)1 << 32) == NULL);
  ASSERT_EQ(errno, ENOMEM);
  void *p = calloc(0, SIZE_MAX);
  ASSERT_TRUE(p != NULL);
  free(p);
}

TEST(reallocarray_overflow) {
  void *p = malloc(10);
  ASSERT_TRUE(p != NULL);
  errno = 0;
  ASSERT_TRUE(reallocarray(p, SIZE_MAX / 2, 3) == NULL);
  ASSERT_EQ(errno, ENOMEM);
  unsigned *q = reallocarray(p, 100, sizeof(unsigned));  // p is still valid
  ASSERT_TRUE(q != NULL);
  ASSERT_TRUE(malloc_usable_size(q) >= 100 * sizeof(unsigned));
  free(q);
}

TEST(realloc_keeps_contents) {
  static const size_t steps[] = {5, 17, 200, 100, 33000, 32768, 70000, 131072, 140000,
                                 5000000, 100000, 10, 0, 3, 300000};
  unsigned char *p = NULL;
  size_t len = 0;
  for (size_t k = 0; k < sizeof(steps) / sizeof(steps[0]); ++k) {
    unsigned char *q = realloc(p, steps[k]);
    ASSERT_TRUE(q != NULL);
    ASSERT_TRUE(malloc_usable_size(q) >= steps[k]);
    ASSERT_TRUE(check(q, len < steps[k] ? len : steps[k], 9));
    p = q;
    len = steps[k];
    fill(p, len, 9);
  }
  free(p);
}

TEST(realloc_failure_keeps_object) {
  unsigned char *p = malloc(100);
  ASSERT_TRUE(p != NULL);
  fill(p, 100, 1);
  errno = 0;
  ASSERT_TRUE(realloc(p, SIZE_MAX - 4096) == NULL);
  ASSERT_EQ(errno, ENOMEM);
  ASSERT_TRUE(check(p, 100, 1));
  free(p);
}

TEST(realloc_grows_large_repeatedly) {
  // A growing buffer, as a vector would use it.
  unsigned char *p = NULL;
  size_t len = 0;
  for (size_t n = 40000; n < ((size_t)8 << 20); n += n / 8 + 4096) {
    unsigned char *q = realloc(p, n);
    ASSERT_TRUE(q != NULL);
    ASSERT_TRUE(check(q, len, 5));
    p = q;
    fill(p + len, n - len, (unsigned)(5 + len * 7));
    len = n;
  }
  free(p);
}

TEST(posix_memalign_checks_alignment) {
  void *p = (void *)1;
  ASSERT_EQ(posix_memalign(&p, 0, 8), EINVAL);
  ASSERT_EQ(posix_memalign(&p, 4, 8), EINVAL);  // below sizeof(void *)
  ASSERT_EQ(posix_memalign(&p, 24, 8), EINVAL);
  ASSERT_TRUE(p == (void *)1);
  errno = 7;
  ASSERT_EQ(posix_memalign(&p, 64, SIZE_MAX / 2), ENOMEM);
  ASSERT_EQ(errno, 7);
}

TEST(aligned_alloc_checks_alignment) {
  errno = 0;
  ASSERT_TRUE(aligned_alloc(0, 8) == NULL);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(aligned_alloc(48, 96) == NULL);
  ASSERT_EQ(errno, EINVAL);
  void *p = aligned_alloc(1, 3);
  ASSERT_TRUE(p != NULL);
  free(p);
}

TEST(aligned_allocations) {
  for (size_t align = 8; align <= ((size_t)2 << 20); align *= 2) {
    static const size_t sizes[] = {0, 1, 100, 4096, 40000, 200000};
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); ++k) {
      void *p;
      ASSERT_EQ(posix_memalign(&p, align, sizes[k]), 0);
      ASSERT_EQ((uintptr_t)p % align, 0);
      ASSERT_TRUE(malloc_usable_size(p) >= sizes[k]);
      void *q = aligned_alloc(align, sizes[k] + 1);
      ASSERT_TRUE(q != NULL);
      ASSERT_EQ((uintptr_t)q % align, 0);
      fill(p, sizes[k], 1);
      fill(q, sizes[k] + 1, 2);
      ASSERT_TRUE(check(p, sizes[k], 1));
      free(p);
      // An aligned object can be resized like any other.
      q = realloc(q, sizes[k] + 70000);
      ASSERT_TRUE(q != NULL);
      ASSERT_TRUE(check(q, sizes[k] + 1, 2));
      free(q);
    }
  }
}

TEST(freed_memory_is_reused) {
  // The same small slot comes back after a free: memory is recycled.
  void *p = malloc(24);
  free(p);
  void *q = malloc(24);
  ASSERT_TRUE(p == q);
  free(q);
}
