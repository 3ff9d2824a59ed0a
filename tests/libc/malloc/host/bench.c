// Allocator benchmark: the same program is linked against this allocator
// (built with -DPREFIX=ca_), the host C library's malloc, and musl's.
// Prints nanoseconds per operation for each scenario.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef PREFIX
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
void *CAT(PREFIX, malloc)(size_t);
void CAT(PREFIX, free)(void *);
#define MALLOC CAT(PREFIX, malloc)
#define FREE CAT(PREFIX, free)
#else
#define MALLOC malloc
#define FREE free
#endif

// Single-threaded scenarios are timed in process CPU time (user and system,
// so page faults and system calls count), which a loaded machine disturbs
// less than wall time; the two-thread ones need wall time.
static clockid_t clock_used = CLOCK_PROCESS_CPUTIME_ID;

static double now(void) {
  struct timespec ts;
  clock_gettime(clock_used, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static uint64_t rng(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

// Random replacement in a working set of live objects; each object's pages
// are touched as a program using it would.
static double working_set(size_t min, size_t max, unsigned live, unsigned long ops) {
  void **p = calloc(live, sizeof(*p));
  uint64_t s = 88172645463325252ULL;
  double t0 = now();
  for (unsigned long i = 0; i < ops; ++i) {
    unsigned k = (unsigned)(rng(&s) % live);
    if (p[k] != NULL)
      FREE(p[k]);
    size_t n = min + (size_t)(rng(&s) % (max - min + 1));
    char *q = MALLOC(n);
    for (size_t j = 0; j < n; j += 4096)  // use every page
      q[j] = 1;
    q[n - 1] = 2;
    p[k] = q;
  }
  double t = now() - t0;
  for (unsigned k = 0; k < live; ++k)
    FREE(p[k]);
  free(p);
  return t / (double)ops;
}

// Allocate n objects, then free them all (in allocation order).
static double bulk(size_t size, unsigned long n, int rounds) {
  void **p = malloc(n * sizeof(*p));
  double t0 = now();
  for (int r = 0; r < rounds; ++r) {
    for (unsigned long i = 0; i < n; ++i) {
      p[i] = MALLOC(size);
      *(char *)p[i] = 1;
    }
    for (unsigned long i = 0; i < n; ++i)
      FREE(p[i]);
  }
  double t = now() - t0;
  free(p);
  return t / (double)(n * rounds * 2);
}

#define RING 4096
struct ring {
  _Atomic(char *) item[RING];
  unsigned long count;
  size_t min, max;
};

static void *producer(void *arg) {
  struct ring *q = arg;
  uint64_t s = 12345;
  for (unsigned long i = 0; i < q->count; ++i) {
    size_t pos = i % RING;
    size_t n = q->min + (size_t)(rng(&s) % (q->max - q->min + 1));
    char *p = MALLOC(n);
    p[0] = 1;
    while (atomic_load_explicit(&q->item[pos], memory_order_acquire) != NULL)
      ;
    atomic_store_explicit(&q->item[pos], p, memory_order_release);
  }
  return NULL;
}

static void *consumer(void *arg) {
  struct ring *q = arg;
  for (unsigned long i = 0; i < q->count; ++i) {
    size_t pos = i % RING;
    char *p;
    while ((p = atomic_load_explicit(&q->item[pos], memory_order_acquire)) == NULL)
      ;
    atomic_store_explicit(&q->item[pos], NULL, memory_order_relaxed);
    FREE(p);
  }
  return NULL;
}

static double producer_consumer(size_t min, size_t max, unsigned long count) {
  clock_used = CLOCK_MONOTONIC;
  static struct ring q;
  memset(&q, 0, sizeof(q));
  q.count = count;
  q.min = min;
  q.max = max;
  pthread_t a, b;
  double t0 = now();
  pthread_create(&a, NULL, producer, &q);
  pthread_create(&b, NULL, consumer, &q);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (now() - t0) / (double)count;
}

struct ws_arg {
  size_t min, max;
  unsigned long ops;
  double result;
};

static void *ws_thread(void *arg) {
  struct ws_arg *a = arg;
  a->result = working_set(a->min, a->max, 1000, a->ops);
  return NULL;
}

static double two_threads(size_t min, size_t max, unsigned long ops) {
  clock_used = CLOCK_MONOTONIC;
  struct ws_arg x = {min, max, ops, 0}, y = x;
  pthread_t a, b;
  double t0 = now();
  pthread_create(&a, NULL, ws_thread, &x);
  pthread_create(&b, NULL, ws_thread, &y);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (now() - t0) / (double)ops;
}

int main(int argc, char **argv) {
  // With an argument, runs only the scenario of that number.
  // With a negative one, prints that scenario's name.
  int only = argc > 1 ? atoi(argv[1]) : 0;
#define RUN(k, name, expr)                                     \
  if (only == -k)                                              \
    puts(name);                                                \
  else if (only == 0 || only == k)                             \
    printf("%2d %-24s %9.1f ns/op\n", k, name, expr)
  RUN(1, "ws small 16-256", working_set(16, 256, 1000, 20000000));
  RUN(2, "ws medium 256-4096", working_set(256, 4096, 1000, 10000000));
  RUN(3, "ws mixed 16-32768", working_set(16, 32768, 1000, 5000000));
  RUN(4, "ws large 64K-1M", working_set(65536, 1 << 20, 32, 200000));
  RUN(5, "bulk 64B x 1M", bulk(64, 1000000, 5));
  RUN(6, "bulk 100KB x 1000", bulk(100000, 1000, 20));
  RUN(7, "pc small 16-256", producer_consumer(16, 256, 10000000));
  RUN(8, "pc medium 1K-16K", producer_consumer(1024, 16384, 2000000));
  RUN(9, "pc large 64K-512K", producer_consumer(65536, 524288, 200000));
  RUN(10, "2 threads ws 16-512", two_threads(16, 512, 10000000));
  return 0;
}
