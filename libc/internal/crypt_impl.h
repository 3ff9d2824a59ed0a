// Internal: the hash functions behind crypt_r's schemes (SHA-256 and
// SHA-512 for $5$ and $6$, MD5 for $1$; bcrypt's Blowfish is in
// crypt_bcrypt.c), and the crypt base-64 alphabet.
// Streaming interface: init, any number of updates, final (which writes the
// digest and leaves the context to be wiped by the caller).
#ifndef LIBC_INTERNAL_CRYPT_IMPL_H
#define LIBC_INTERNAL_CRYPT_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct sha256_ctx {
  uint32_t h[8];
  uint64_t len;  // bytes hashed so far
  unsigned char buf[64];
};
void __sha256_init(struct sha256_ctx *);
void __sha256_update(struct sha256_ctx *, const void *, size_t);
void __sha256_final(struct sha256_ctx *, unsigned char[32]);

struct sha512_ctx {
  uint64_t h[8];
  uint64_t len;
  unsigned char buf[128];
};
void __sha512_init(struct sha512_ctx *);
void __sha512_update(struct sha512_ctx *, const void *, size_t);
void __sha512_final(struct sha512_ctx *, unsigned char[64]);

struct md5_ctx {
  uint32_t h[4];
  uint64_t len;
  unsigned char buf[64];
};
void __md5_init(struct md5_ctx *);
void __md5_update(struct md5_ctx *, const void *, size_t);
void __md5_final(struct md5_ctx *, unsigned char[16]);

// The block buffering and padding the three hashes share.  `block`
// compresses one block of `bsize` bytes (64 or 128) into `ctx`; *len
// counts the bytes hashed so far, the partial block waits in buf.
typedef void crypt_block_fn(void *ctx, const unsigned char *block);

static inline void crypt_feed(void *ctx, crypt_block_fn *block, unsigned char *buf,
                              size_t bsize, uint64_t *len, const void *data, size_t n) {
  const unsigned char *p = data;
  size_t fill = (size_t)(*len % bsize);
  *len += n;
  if (fill > 0) {
    size_t take = bsize - fill < n ? bsize - fill : n;
    memcpy(buf + fill, p, take);
    p += take, n -= take;
    if (fill + take < bsize)
      return;
    block(ctx, buf);
  }
  for (; n >= bsize; p += bsize, n -= bsize)
    block(ctx, p);
  memcpy(buf, p, n);
}

// Appends 0x80, zeros and the length in bits in the block's last 8 bytes
// (big-endian for SHA, little-endian for MD5; SHA-512's 128-bit length
// field has the zeros of its high half in front).
static inline void crypt_pad(void *ctx, crypt_block_fn *block, unsigned char *buf,
                             size_t bsize, uint64_t len, int big_endian) {
  uint64_t bits = len * 8;
  size_t fill = (size_t)(len % bsize);
  buf[fill++] = 0x80;
  if (fill > bsize - bsize / 8) {  // no room for the 8- or 16-byte length
    memset(buf + fill, 0, bsize - fill);
    block(ctx, buf);
    fill = 0;
  }
  memset(buf + fill, 0, bsize - 8 - fill);
  for (int i = 0; i < 8; i++)
    buf[bsize - 8 + i] = (unsigned char)(bits >> (big_endian ? 56 - 8 * i : 8 * i));
  block(ctx, buf);
}

// The schemes: write the full hash string for `key` and `setting` into
// out[0..size) and return out, or return NULL if the setting is malformed.
char *__crypt_sha(const char *key, const char *setting, char *out, size_t size);
char *__crypt_md5(const char *key, const char *setting, char *out, size_t size);
char *__crypt_bcrypt(const char *key, const char *setting, char *out, size_t size);

// crypt's base 64 digits: ./0-9A-Za-z.  Appends the low `n` 6-bit groups
// of `v`, least significant first, and returns the new end.
static inline char *crypt_b64(char *p, uint32_t v, int n) {
  static const char digits[] =
      "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  while (n-- > 0) {
    *p++ = digits[v & 0x3f];
    v >>= 6;
  }
  return p;
}

static inline int crypt_is_b64(unsigned char c) {
  return c == '.' || c == '/' || (c >= '0' && c <= '9') ||
         (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

#endif
