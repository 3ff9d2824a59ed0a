// Random allocation traces verified with fill patterns, and heavy use that
// only fits if freed memory goes back to the allocator.
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static uint64_t next(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

static size_t random_size(uint64_t *s) {
  uint64_t r = next(s);
  switch (r % 8) {
    case 0: return (r >> 8) % 32;
    case 1: case 2: return (r >> 8) % 256;
    case 3: return (r >> 8) % 2048;
    case 4: return (r >> 8) % 16384;
    case 5: return (r >> 8) % 40000;
    case 6: return (r >> 8) % 200000;
    default: return (r >> 8) % 1000;
  }
}

struct slot {
  unsigned char *p;
  size_t n;
  unsigned char tag;
};

static bool intact(const struct slot *sl) {
  for (size_t i = 0; i < sl->n; ++i)
    if (sl->p[i] != (unsigned char)(sl->tag ^ i))
      return false;
  return true;
}

static void stamp(struct slot *sl) {
  for (size_t i = 0; i < sl->n; ++i)
    sl->p[i] = (unsigned char)(sl->tag ^ i);
}

TEST(random_trace) {
  enum { SLOTS = 1500, OPS = 60000 };
  static struct slot slots[SLOTS];
  uint64_t s = 0x9e3779b97f4a7c15ULL;
  for (int op = 0; op < OPS; ++op) {
    uint64_t r = next(&s);
    struct slot *sl = &slots[r % SLOTS];
    if (sl->p != NULL) {
      ASSERT_TRUE(intact(sl));
      if ((r >> 32) % 3 == 0) {
        size_t n = random_size(&s);
        unsigned char *q = realloc(sl->p, n);
        ASSERT_TRUE(q != NULL);
        sl->p = q;
        if (n < sl->n)
          sl->n = n;
        ASSERT_TRUE(intact(sl));
        sl->n = n;
        stamp(sl);
      } else {
        free(sl->p);
        sl->p = NULL;
      }
      continue;
    }
    sl->n = random_size(&s);
    sl->tag = (unsigned char)(r >> 40);
    switch ((r >> 32) % 4) {
      case 0:
        sl->p = calloc(1, sl->n);
        ASSERT_TRUE(sl->p != NULL);
        for (size_t i = 0; i < sl->n; ++i)
          ASSERT_EQ(sl->p[i], 0);
        break;
      case 1: {
        size_t align = (size_t)1 << (4 + (r >> 48) % 13);
        ASSERT_EQ(posix_memalign((void **)&sl->p, align, sl->n), 0);
        ASSERT_EQ((uintptr_t)sl->p % align, 0);
        break;
      }
      default:
        sl->p = malloc(sl->n);
        ASSERT_TRUE(sl->p != NULL);
    }
    ASSERT_TRUE(malloc_usable_size(sl->p) >= sl->n);
    stamp(sl);
  }
  for (int i = 0; i < SLOTS; ++i) {
    if (slots[i].p != NULL) {
      ASSERT_TRUE(intact(&slots[i]));
      free(slots[i].p);
      slots[i].p = NULL;
    }
  }
}

TEST(churn_exceeding_address_space_budget) {
  // 16 GiB in total passes through the allocator, in 64 MiB waves of
  // various sizes; this only works if freed memory is reused or unmapped.
  enum { N = 1024 };
  static void *p[N];
  for (int wave = 0; wave < 256; ++wave) {
    size_t size = wave % 2 ? 65536 : 64 + (size_t)wave * 16 % 30000;
    size_t n = ((size_t)64 << 20) / size;
    if (n > N)
      n = N;
    for (size_t i = 0; i < n; ++i) {
      p[i] = malloc(size);
      ASSERT_TRUE(p[i] != NULL);
      ((char *)p[i])[0] = 1;
    }
    for (size_t i = 0; i < n; ++i)
      free(p[i]);
  }
}
