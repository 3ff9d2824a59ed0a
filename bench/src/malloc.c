// malloc/free: small (16..256 B) and large (64 KiB..1 MiB) blocks, in one
// thread and across two (a producer thread allocates and writes a stamp, a
// consumer thread checks the stamp and frees).
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <string.h>

#include "bench.h"

#define BATCH 512

// Sizes: small blocks 16..256 bytes, large ones 64 KiB..1 MiB, drawn from the
// same deterministic sequence in every build.
static size_t block_size(uint64_t *seed, int large) {
  uint64_t r = bench_rand(seed);
  return large ? (size_t)(65536 + r % (1u << 20) - r % 65536) : (size_t)(16 + r % 241);
}

static void stamp(unsigned char *p, size_t size, uint64_t tag) {
  p[0] = (unsigned char)tag;
  p[size - 1] = (unsigned char)(tag >> 8);
}

static int stamped(const unsigned char *p, size_t size, uint64_t tag) {
  return p[0] == (unsigned char)tag && p[size - 1] == (unsigned char)(tag >> 8);
}

// One thread: allocate a batch of blocks, touch both ends of each, free
// them in an order different from allocation (every other one first).
static void single(const char *name, int large, uint64_t rounds) {
  static unsigned char *blocks[BATCH];
  static size_t sizes[BATCH];
  int batch = large ? 16 : BATCH;  // at most 16 MiB live at once
  uint64_t seed = 7, ns;
  BENCH_BEST(ns, for (uint64_t r = 0; r < rounds; r++) {
    for (int i = 0; i < batch; i++) {
      sizes[i] = block_size(&seed, large);
      blocks[i] = malloc(sizes[i]);
      BENCH_CHECK(name, blocks[i] != NULL, "malloc(%zu) failed", sizes[i]);
      stamp(blocks[i], sizes[i], r * batch + i);
    }
    for (int pass = 0; pass < 2; pass++)
      for (int i = pass; i < batch; i += 2) {
        BENCH_CHECK(name, stamped(blocks[i], sizes[i], r * batch + i),
                    "block %d was overwritten", i);
        free(blocks[i]);
      }
  });
  bench_report(name, ns, rounds * (uint64_t)batch);
}

// Two threads joined by a single-producer single-consumer ring.
#define RING 1024
struct ring {
  _Atomic uint64_t head;  // written by the producer
  char pad1[56];
  _Atomic uint64_t tail;  // written by the consumer
  char pad2[56];
  struct slot {
    unsigned char *p;
    size_t size;
  } slots[RING];
  uint64_t count;
  int large;
  const char *name;
  uint64_t freed;
};

static void *consumer(void *arg) {
  struct ring *q = arg;
  uint64_t tail = 0;
  while (tail < q->count) {
    uint64_t head = atomic_load_explicit(&q->head, memory_order_acquire);
    if (head == tail) {
      sched_yield();
      continue;
    }
    for (; tail < head; tail++) {
      struct slot *s = &q->slots[tail % RING];
      BENCH_CHECK(q->name, stamped(s->p, s->size, tail), "block %llu arrived damaged",
                  (unsigned long long)tail);
      free(s->p);
      q->freed++;
    }
    atomic_store_explicit(&q->tail, tail, memory_order_release);
  }
  return NULL;
}

static void two_threads(const char *name, int large, uint64_t count) {
  static struct ring q;
  uint64_t ns;
  BENCH_BEST(ns, {
    atomic_store(&q.head, 0);
    atomic_store(&q.tail, 0);
    q.count = count;
    q.large = large;
    q.name = name;
    q.freed = 0;
    uint64_t seed = 11;
    pthread_t thread;
    BENCH_CHECK(name, pthread_create(&thread, NULL, consumer, &q) == 0, "pthread_create failed");
    for (uint64_t head = 0; head < count; head++) {
      while (head - atomic_load_explicit(&q.tail, memory_order_acquire) >= RING)
        sched_yield();
      struct slot *s = &q.slots[head % RING];
      s->size = block_size(&seed, large);
      s->p = malloc(s->size);
      BENCH_CHECK(name, s->p != NULL, "malloc(%zu) failed", s->size);
      stamp(s->p, s->size, head);
      atomic_store_explicit(&q.head, head + 1, memory_order_release);
    }
    BENCH_CHECK(name, pthread_join(thread, NULL) == 0, "pthread_join failed");
    BENCH_CHECK(name, q.freed == count, "%llu of %llu blocks freed",
                (unsigned long long)q.freed, (unsigned long long)count);
  });
  bench_report(name, ns, count);
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  single("malloc_free_small", 0, bench_n(400));
  single("malloc_free_large", 1, bench_n(200));
  two_threads("malloc_2thr_small", 0, bench_n(80000));
  two_threads("malloc_2thr_large", 1, bench_n(2000));
  return 0;
}
