// Internal: the ChaCha20 block function (RFC 8439, section 2.3) and the
// per-thread generator behind arc4random, arc4random_buf,
// arc4random_uniform, rand and random.
#ifndef LIBC_INTERNAL_RAND_CHACHA_H
#define LIBC_INTERNAL_RAND_CHACHA_H

#include <stddef.h>
#include <stdint.h>

#define CHACHA_ROTL(x, n) ((x) << (n) | (x) >> (32 - (n)))
#define CHACHA_QUARTER(a, b, c, d) \
  do {                             \
    a += b;                        \
    d ^= a;                        \
    d = CHACHA_ROTL(d, 16);        \
    c += d;                        \
    b ^= c;                        \
    b = CHACHA_ROTL(b, 12);        \
    a += b;                        \
    d ^= a;                        \
    d = CHACHA_ROTL(d, 8);         \
    c += d;                        \
    b ^= c;                        \
    b = CHACHA_ROTL(b, 7);         \
  } while (0)

// One 64-byte block of keystream, as 16 little-endian words.
static inline void chacha20_block(const uint32_t key[8], uint32_t counter,
                                  const uint32_t nonce[3], uint32_t out[16]) {
  uint32_t in[16] = {
      0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
      key[0],     key[1],     key[2],     key[3],
      key[4],     key[5],     key[6],     key[7],
      counter,    nonce[0],   nonce[1],   nonce[2],
  };
  uint32_t x[16];
  for (int i = 0; i < 16; ++i)
    x[i] = in[i];
  for (int i = 0; i < 10; ++i) {
    CHACHA_QUARTER(x[0], x[4], x[8], x[12]);
    CHACHA_QUARTER(x[1], x[5], x[9], x[13]);
    CHACHA_QUARTER(x[2], x[6], x[10], x[14]);
    CHACHA_QUARTER(x[3], x[7], x[11], x[15]);
    CHACHA_QUARTER(x[0], x[5], x[10], x[15]);
    CHACHA_QUARTER(x[1], x[6], x[11], x[12]);
    CHACHA_QUARTER(x[2], x[7], x[8], x[13]);
    CHACHA_QUARTER(x[3], x[4], x[9], x[14]);
  }
  for (int i = 0; i < 16; ++i)
    out[i] = x[i] + in[i];
}

// Fills buf with len bytes from the calling thread's generator.
void __arc4random_fill(void *buf, size_t len);

// For a fork() wrapper, in the child: makes the (only) thread's generator
// draw fresh entropy before its next output, so that parent and child do
// not produce the same bytes.
void __arc4random_fork_child(void);

#endif
