// Host stress test of the allocator (built by run.sh with ca_-prefixed
// names).  Exits non-zero with a message on the first failure.
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "malloc_impl.h"

void *malloc(size_t);
void free(void *);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void *reallocarray(void *, size_t, size_t);
int posix_memalign(void **, size_t, size_t);
void *aligned_alloc(size_t, size_t);
size_t malloc_usable_size(void *);

extern atomic_long host_maps, host_unmaps, host_mapped_bytes;

#define CHECK(e)                                                   \
  do {                                                             \
    if (!(e)) {                                                    \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #e); \
      exit(1);                                                     \
    }                                                              \
  } while (0)

static uint64_t rng_next(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

// Sizes: mostly small, a tail of medium and large ones.
static size_t random_size(uint64_t *s) {
  uint64_t r = rng_next(s);
  switch (r % 16) {
    case 0: return 0;
    case 1: case 2: case 3: case 4: case 5: case 6: return (r >> 8) % 128;
    case 7: case 8: case 9: return (r >> 8) % 1024;
    case 10: case 11: return (r >> 8) % 8192;
    case 12: case 13: return (r >> 8) % 40000;
    case 14: return (r >> 8) % 300000;
    default: return (r >> 8) % 2000000;
  }
}

static void fill(unsigned char *p, size_t n, unsigned tag) {
  for (size_t i = 0; i < n; ++i)
    p[i] = (unsigned char)(tag + i * 7);
}

static void verify(const unsigned char *p, size_t n, unsigned tag) {
  for (size_t i = 0; i < n; ++i)
    if (p[i] != (unsigned char)(tag + i * 7)) {
      fprintf(stderr, "corrupted byte %zu of %zu (tag %u)\n", i, n, tag);
      exit(1);
    }
}

// Re-derives the class table from the rules stated in malloc_class.c.
static unsigned header_bytes(unsigned n) {
  return (24 + 8 * ((n + 63) / 64) + 63) / 64 * 64;
}

static unsigned slots_for(unsigned size, size_t span) {
  unsigned n = (unsigned)(span / size);
  while (n * (size_t)size + header_bytes(n) > span)
    --n;
  return n;
}

static void test_class_table(void) {
  for (unsigned c = 0; c < MALLOC_NCLASSES; ++c) {
    const struct malloc_class *cl = &__malloc_classes[c];
    unsigned size;
    if (c < 8) {
      size = 16 * (c + 1);
    } else {
      unsigned l = 7 + (c - 8) / 4, j = (c - 8) % 4 + 1;
      size = (1u << l) + j * (1u << (l - 2));
    }
    CHECK(cl->size == size);
    CHECK(cl->shift == __builtin_ctz(size));
    CHECK(((size >> cl->shift) * cl->inverse) == 1);
    // Span choice.
    unsigned best_shift = 0, best_n = 0;
    double best_waste = 2;
    for (unsigned sh = 16; sh <= 22; ++sh) {
      size_t span = (size_t)1 << sh;
      unsigned n = slots_for(size, span);
      double waste = (double)(span - (size_t)n * size) / (double)span;
      if (waste <= 1.0 / 64 && n >= 8) {
        best_shift = sh, best_n = n;
        break;
      }
      if (best_shift == 0 || waste < best_waste - 0.001)
        best_shift = sh, best_n = n, best_waste = waste;
    }
    CHECK(cl->span_shift == best_shift);
    CHECK(cl->nslots == best_n);
    CHECK(cl->header == header_bytes(best_n));
    CHECK((size_t)cl->nslots * size + cl->header <= (size_t)1 << cl->span_shift);
    unsigned batch = 32768 / size;
    batch = batch < 2 ? 2 : batch > 64 ? 64 : batch;
    CHECK(cl->batch == batch);
    unsigned transfer = 262144 / (batch * size);
    transfer = transfer < 2 ? 2 : transfer > 64 ? 64 : transfer;
    CHECK(cl->transfer == transfer);
  }
  // Class lookup: the smallest class that fits.
  for (size_t n = 0; n <= MALLOC_SMALL_MAX; ++n) {
    unsigned c = __malloc_class_of(n);
    CHECK(c < MALLOC_NCLASSES);
    CHECK(__malloc_classes[c].size >= n);
    CHECK(c == 0 || __malloc_classes[c - 1].size < n);
  }
  // Slot index: exact for slot starts, out of range for everything else.
  for (unsigned c = 0; c < MALLOC_NCLASSES; ++c) {
    const struct malloc_class *cl = &__malloc_classes[c];
    for (uint32_t off = 0; off < (1u << cl->span_shift); ++off) {
      uint32_t i = __malloc_slot_index(c, off);
      if (off % cl->size == 0 && off / cl->size < cl->nslots)
        CHECK(i == off / cl->size);
      else
        CHECK(i >= cl->nslots);
    }
  }
  puts("class table ok");
}

static void test_api(void) {
  // malloc(0) gives distinct pointers.
  void *a = malloc(0), *b = malloc(0);
  CHECK(a != NULL && b != NULL && a != b);
  free(a);
  free(b);
  // Overflow checks.
  errno = 0;
  CHECK(calloc(SIZE_MAX / 2, 3) == NULL && errno == ENOMEM);
  errno = 0;
  CHECK(reallocarray(NULL, SIZE_MAX / 2, 3) == NULL && errno == ENOMEM);
  errno = 0;
  CHECK(malloc(SIZE_MAX) == NULL && errno == ENOMEM);
  errno = 0;
  CHECK(malloc(SIZE_MAX / 2) == NULL && errno == ENOMEM);
  void *r = malloc(10);
  errno = 0;
  CHECK(realloc(r, SIZE_MAX - 100) == NULL && errno == ENOMEM);
  free(r);
  // Alignment checks.
  void *p = (void *)1;
  CHECK(posix_memalign(&p, 3, 10) == EINVAL && p == (void *)1);
  CHECK(posix_memalign(&p, 4, 10) == EINVAL);
  CHECK(posix_memalign(&p, 0, 10) == EINVAL);
  errno = 0;
  CHECK(aligned_alloc(24, 10) == NULL && errno == EINVAL);
  errno = 0;
  CHECK(aligned_alloc(0, 10) == NULL && errno == EINVAL);
  errno = 1234;
  CHECK(posix_memalign(&p, 16, SIZE_MAX) == ENOMEM && errno == 1234);
  for (size_t align = 8; align <= ((size_t)4 << 20); align *= 2) {
    size_t sizes[] = {0, 1, 100, align, 3 * align + 5, 40000, 100000, 200000};
    for (unsigned k = 0; k < sizeof(sizes) / sizeof(sizes[0]); ++k) {
      // Several live at once, so that they come from different spans.
      void *many[12];
      for (int i = 0; i < 12; ++i) {
        CHECK(posix_memalign(&many[i], align, sizes[k]) == 0);
        CHECK((uintptr_t)many[i] % align == 0);
      }
      for (int i = 0; i < 12; ++i)
        free(many[i]);
      void *q;
      CHECK(posix_memalign(&q, align, sizes[k]) == 0);
      CHECK((uintptr_t)q % align == 0);
      CHECK(malloc_usable_size(q) >= sizes[k]);
      fill(q, sizes[k], 3);
      void *q2 = aligned_alloc(align, sizes[k]);
      CHECK(q2 != NULL && (uintptr_t)q2 % align == 0);
      fill(q2, sizes[k], 4);
      verify(q, sizes[k], 3);
      free(q);
      verify(q2, sizes[k], 4);
      free(q2);
    }
  }
  // calloc zeroes, also reused memory.
  for (int round = 0; round < 3; ++round) {
    size_t sizes[] = {1, 100, 5000, 40000, 1 << 20};
    for (unsigned k = 0; k < 5; ++k) {
      unsigned char *q = calloc(1, sizes[k]);
      CHECK(q != NULL);
      for (size_t i = 0; i < sizes[k]; ++i)
        CHECK(q[i] == 0);
      memset(q, 0xff, sizes[k]);
      free(q);
    }
  }
  // realloc keeps contents across class and large boundaries.
  unsigned char *q = NULL;
  size_t len = 0;
  size_t steps[] = {5, 17, 200, 100, 33000, 32768, 70000, 131072, 140000, 5000000, 100000, 10, 0, 3};
  for (unsigned k = 0; k < sizeof(steps) / sizeof(steps[0]); ++k) {
    q = realloc(q, steps[k]);
    CHECK(q != NULL);
    CHECK(malloc_usable_size(q) >= steps[k]);
    verify(q, len < steps[k] ? len : steps[k], 9);
    len = steps[k];
    fill(q, len, 9);
  }
  free(q);
  CHECK(malloc_usable_size(NULL) == 0);
  puts("api ok");
}

// Random trace on one thread, verifying fill patterns.
struct slot {
  unsigned char *p;
  size_t n;
  unsigned tag;
};

static void random_trace(uint64_t seed, unsigned nslots, unsigned ops) {
  struct slot *slots = calloc(nslots, sizeof(*slots));
  CHECK(slots != NULL);
  uint64_t s = seed;
  for (unsigned op = 0; op < ops; ++op) {
    uint64_t r = rng_next(&s);
    struct slot *sl = &slots[r % nslots];
    unsigned kind = (r >> 32) % 8;
    if (sl->p != NULL) {
      verify(sl->p, sl->n, sl->tag);
      CHECK(malloc_usable_size(sl->p) >= sl->n);
      if (kind < 2) {
        size_t n = random_size(&s);
        unsigned char *q = realloc(sl->p, n);
        CHECK(q != NULL);
        verify(q, sl->n < n ? sl->n : n, sl->tag);
        sl->p = q, sl->n = n;
        fill(q, n, sl->tag);
      } else {
        free(sl->p);
        sl->p = NULL;
      }
      continue;
    }
    size_t n = random_size(&s);
    sl->tag = (unsigned)(r >> 40);
    if (kind == 0) {
      sl->p = calloc(1, n);
      CHECK(sl->p != NULL);
      for (size_t i = 0; i < n; ++i)
        CHECK(sl->p[i] == 0);
    } else if (kind == 1) {
      size_t align = (size_t)1 << (3 + (r >> 50) % 14);
      CHECK(posix_memalign((void **)&sl->p, align, n) == 0);
      CHECK((uintptr_t)sl->p % align == 0);
    } else {
      sl->p = malloc(n);
      CHECK(sl->p != NULL);
    }
    CHECK((uintptr_t)sl->p % 16 == 0);
    sl->n = n;
    fill(sl->p, n, sl->tag);
  }
  for (unsigned i = 0; i < nslots; ++i)
    if (slots[i].p != NULL) {
      verify(slots[i].p, slots[i].n, slots[i].tag);
      free(slots[i].p);
    }
  free(slots);
}

static void *trace_thread(void *arg) {
  random_trace((uint64_t)(uintptr_t)arg, 2000, 200000);
  __malloc_thread_exit();
  return NULL;
}

// Producer/consumer through a lock-free single-producer ring.
#define RING 1024
struct ring {
  _Atomic(unsigned char *) item[RING];
  size_t size[RING];
  atomic_size_t head, tail;
  unsigned long count;
  size_t max_size;
};

static void *producer(void *arg) {
  struct ring *q = arg;
  uint64_t s = 99;
  for (unsigned long i = 0; i < q->count; ++i) {
    size_t pos = i % RING;
    while (atomic_load(&q->item[pos]) != NULL)
      ;
    size_t n = (size_t)(rng_next(&s) % q->max_size);
    unsigned char *p = malloc(n);
    CHECK(p != NULL);
    fill(p, n, (unsigned)i);
    q->size[pos] = n;
    atomic_store(&q->item[pos], p);
  }
  __malloc_thread_exit();
  return NULL;
}

static void *consumer(void *arg) {
  struct ring *q = arg;
  for (unsigned long i = 0; i < q->count; ++i) {
    size_t pos = i % RING;
    unsigned char *p;
    while ((p = atomic_load(&q->item[pos])) == NULL)
      ;
    verify(p, q->size[pos], (unsigned)i);
    atomic_store(&q->item[pos], NULL);
    free(p);
  }
  __malloc_thread_exit();
  return NULL;
}

static void test_threads(void) {
  pthread_t t[4];
  for (uintptr_t i = 0; i < 4; ++i)
    CHECK(pthread_create(&t[i], NULL, trace_thread, (void *)(i * 7919 + 1)) == 0);
  for (int i = 0; i < 4; ++i)
    pthread_join(t[i], NULL);
  size_t max_sizes[] = {64, 1024, 40000, 300000};
  for (unsigned k = 0; k < 4; ++k) {
    static struct ring q;
    memset(&q, 0, sizeof(q));
    q.count = k < 2 ? 2000000 : 100000;
    q.max_size = max_sizes[k];
    pthread_t pt[2];
    CHECK(pthread_create(&pt[0], NULL, producer, &q) == 0);
    CHECK(pthread_create(&pt[1], NULL, consumer, &q) == 0);
    pthread_join(pt[0], NULL);
    pthread_join(pt[1], NULL);
  }
  puts("threads ok");
}

// Memory goes back to the system once freed.
static void test_release(void) {
  long before = atomic_load(&host_mapped_bytes);
  enum { N = 200000 };
  static void *ptrs[N];
  for (int i = 0; i < N; ++i)
    CHECK((ptrs[i] = malloc(1000)) != NULL);
  long peak = atomic_load(&host_mapped_bytes);
  CHECK(peak - before >= (long)N * 1000);
  for (int i = 0; i < N; ++i)
    free(ptrs[i]);
  long after = atomic_load(&host_mapped_bytes);
  printf("release: %ld KiB mapped at peak, %ld KiB kept after free\n",
         (peak - before) >> 10, (after - before) >> 10);
  CHECK(after - before <= ((long)12 << 20));
  for (int i = 0; i < 40; ++i)
    CHECK((ptrs[i] = malloc((size_t)3 << 20)) != NULL);
  for (int i = 0; i < 40; ++i)
    free(ptrs[i]);
  after = atomic_load(&host_mapped_bytes);
  CHECK(after - before <= ((long)84 << 20));  // large cache and span cache
  puts("release ok");
}

// Each misuse must abort the process.
static int expect_abort(void (*fn)(void)) {
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    fn();
    _exit(0);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void misuse_double_free(void) {
  void *p = malloc(40);
  free(p);
  free(p);
}
static void misuse_double_free_late(void) {
  // A use after free erases the free marker, so the second free is only
  // caught when the object is handed out a second time.
  static void *ps[5000];
  for (int i = 0; i < 5000; ++i)
    ps[i] = malloc(48);
  void *p = malloc(48);
  free(p);
  ((uintptr_t *)p)[1] = 0;
  free(p);
  for (int i = 0; i < 5000; ++i)
    free(ps[i]);
  for (int i = 0; i < 5000; ++i)
    ps[i] = malloc(48);
  __malloc_thread_exit();
}
static void misuse_double_free_span(void) {
  // Without a thread cache, frees go straight to the span's bitmap.
  __malloc_thread_exit();
  void *p = malloc(48);
  free(p);
  ((uintptr_t *)p)[1] = 0;
  free(p);
}
static void misuse_double_free_other_class_pressure(void) {
  void *ps[5000];
  for (int i = 0; i < 5000; ++i)
    ps[i] = malloc(100);
  for (int i = 0; i < 5000; ++i)
    free(ps[i]);
  free(ps[17]);
}
static void misuse_double_free_large(void) {
  void *p = malloc(300000);
  free(p);
  free(p);
}
static void misuse_interior(void) {
  char *p = malloc(64);
  free(p + 16);
}
static void misuse_interior_large(void) {
  char *p = malloc(300000);
  free(p + 4096);
}
static void misuse_stack(void) {
  int x;
  free(&x);
}
static void misuse_global(void) {
  static int y;
  free(&y);
}
static void misuse_realloc_freed(void) {
  void *p = malloc(10);
  free(p);
  p = realloc(p, 20);
}
static void misuse_header(void) {
  // A pointer into a span's header area is not a slot.
  char *p = malloc(1024);  // 63 slots and the header in a 64 KiB span
  uintptr_t base = (uintptr_t)p & ~(uintptr_t)0xffff;
  free((void *)(base + 63 * 1024));
}
static void misuse_none(void) {
  void *p = malloc(10);
  free(p);
  p = malloc(100000);
  free(p);
}

static void test_misuse(void) {
  CHECK(!expect_abort(misuse_none));
  CHECK(expect_abort(misuse_double_free));
  CHECK(expect_abort(misuse_double_free_late));
  CHECK(expect_abort(misuse_double_free_span));
  CHECK(expect_abort(misuse_double_free_other_class_pressure));
  CHECK(expect_abort(misuse_double_free_large));
  CHECK(expect_abort(misuse_interior));
  CHECK(expect_abort(misuse_interior_large));
  CHECK(expect_abort(misuse_stack));
  CHECK(expect_abort(misuse_global));
  CHECK(expect_abort(misuse_realloc_freed));
  CHECK(expect_abort(misuse_header));
  puts("misuse ok");
}

int main(int argc, char **argv) {
  // "quick": smaller runs, for use under valgrind.
  bool quick = argc > 1 && strcmp(argv[1], "quick") == 0;
  // "threads": only the multi-threaded tests, for use under ThreadSanitizer.
  if (argc > 1 && strcmp(argv[1], "threads") == 0) {
    test_threads();
    return 0;
  }
  if (!quick)
    test_class_table();
  test_api();
  random_trace(12345, quick ? 500 : 5000, quick ? 20000 : 300000);
  puts("trace ok");
  if (quick)
    return 0;
  test_threads();
  test_release();
  test_misuse();
  printf("system calls: %ld maps, %ld unmaps\n", (long)host_maps,
         (long)host_unmaps);
  return 0;
}
