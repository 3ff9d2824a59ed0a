// Internal: the per-thread ChaCha20 generator behind the arc4random
// family.
//
// Each thread has its own state (no locking).  It is keyed from
// cloudabi_sys_random_get on first use.  Output is produced in batches of
// eight ChaCha20 blocks under the current key; the first 32 bytes of each
// batch replace the key ("fast key erasure") and the rest is handed out,
// each byte being cleared as it is consumed, so neither the state nor
// leftover output reveals bytes already returned.  After about 1.5 MiB of
// output fresh entropy from random_get is mixed into the key, and after
// a fork the child's thread does so before its next output.
#include <cloudabi_syscalls.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rand_chacha.h"

#define BATCH_BLOCKS 8
#define BATCH_BYTES (BATCH_BLOCKS * 64)
#define RESEED_BATCHES 3200

struct generator {
  uint32_t key[8];
  unsigned char out[BATCH_BYTES];
  size_t pos;  // out[pos..BATCH_BYTES) is unused output
  unsigned batches;  // since the last reseed
  bool seeded;
};

static _Thread_local struct generator generator;

static void get_entropy(void *buf, size_t len) {
  if (cloudabi_sys_random_get(buf, len) != 0)
    abort();  // there is no safe way to continue without randomness
}

static void refill(struct generator *g) {
  if (!g->seeded || g->batches >= RESEED_BATCHES) {
    uint32_t fresh[8];
    get_entropy(fresh, sizeof(fresh));
    for (int i = 0; i < 8; ++i)
      g->key[i] ^= fresh[i];
    memset(fresh, 0, sizeof(fresh));
    g->seeded = true;
    g->batches = 0;
  }
  static const uint32_t nonce[3] = {0, 0, 0};
  uint32_t block[16];
  for (uint32_t i = 0; i < BATCH_BLOCKS; ++i) {
    chacha20_block(g->key, i, nonce, block);
    memcpy(g->out + 64 * i, block, 64);
  }
  memset(block, 0, sizeof(block));
  memcpy(g->key, g->out, 32);
  memset(g->out, 0, 32);
  g->pos = 32;
  ++g->batches;
}

void __arc4random_fill(void *buf, size_t len) {
  struct generator *g = &generator;
  unsigned char *dst = buf;
  while (len > 0) {
    if (!g->seeded || g->pos == BATCH_BYTES)
      refill(g);
    size_t n = BATCH_BYTES - g->pos;
    if (n > len)
      n = len;
    memcpy(dst, g->out + g->pos, n);
    memset(g->out + g->pos, 0, n);
    g->pos += n;
    dst += n;
    len -= n;
  }
}

void __arc4random_fork_child(void) {
  struct generator *g = &generator;
  g->seeded = false;  // the next refill mixes in fresh entropy
  memset(g->out, 0, sizeof(g->out));
  g->pos = BATCH_BYTES;
}
