// Internal: the SHA-crypt schemes $5$ (SHA-256) and $6$ (SHA-512), as
// specified by Ulrich Drepper ("Unix crypt using SHA-256 and SHA-512").
// Settings are parsed as libxcrypt does: rounds=N must be a decimal without
// leading zeros in [1000, 999999999] (no silent clamping), the salt is at
// most 16 characters up to the next '$'.
#include <stdbool.h>
#include <string.h>

#include "crypt_impl.h"

enum { ROUNDS_DEFAULT = 5000, ROUNDS_MIN = 1000, ROUNDS_MAX = 999999999 };
enum { SALT_MAX = 16 };

// One hash behind a common interface.
struct hash {
  size_t size;
  void (*init)(void *);
  void (*update)(void *, const void *, size_t);
  void (*final)(void *, unsigned char *);
};

static const struct hash sha256 = {
    32, (void (*)(void *))__sha256_init,
    (void (*)(void *, const void *, size_t))__sha256_update,
    (void (*)(void *, unsigned char *))__sha256_final};
static const struct hash sha512 = {
    64, (void (*)(void *))__sha512_init,
    (void (*)(void *, const void *, size_t))__sha512_update,
    (void (*)(void *, unsigned char *))__sha512_final};

union ctx {
  struct sha256_ctx s256;
  struct sha512_ctx s512;
};

// Feeds `len` bytes of `block` repeated (the P and S sequences and the
// "B for each byte of the key" step).
static void feed_repeated(const struct hash *h, union ctx *c,
                          const unsigned char *block, size_t len) {
  for (; len > h->size; len -= h->size)
    h->update(c, block, h->size);
  h->update(c, block, len);
}

// Parses "rounds=N$" at *p if present.  False if it is malformed.
static bool parse_rounds(const char **p, unsigned long *rounds, bool *custom) {
  *rounds = ROUNDS_DEFAULT;
  *custom = false;
  if (strncmp(*p, "rounds=", 7) != 0)
    return true;
  const char *s = *p + 7;
  if (*s < '1' || *s > '9')
    return false;
  unsigned long n = 0;
  for (; *s >= '0' && *s <= '9'; s++) {
    n = n * 10 + (unsigned long)(*s - '0');
    if (n > ROUNDS_MAX)
      return false;
  }
  if (*s != '$' || n < ROUNDS_MIN)
    return false;
  *p = s + 1;
  *rounds = n;
  *custom = true;
  return true;
}

// The byte order of the encoded digest: for digests of 32 and 64 bytes,
// groups of three bytes i, i + n, i + 2n (n = 10 or 21) in an order that
// rotates with i, then what is left.
static char *encode(char *p, const unsigned char *d, size_t size) {
  size_t n = size == 32 ? 10 : 21;
  for (size_t i = 0; i < n; i++) {
    size_t a = i, b = i + n, c = i + 2 * n, t;
    // Rotate (a, b, c) by i mod 3 positions: SHA-256 rotates one way,
    // SHA-512 the other.
    for (size_t r = 0; r < i % 3; r++) {
      if (size == 32)
        t = c, c = b, b = a, a = t;
      else
        t = a, a = b, b = c, c = t;
    }
    p = crypt_b64(p, (uint32_t)d[a] << 16 | (uint32_t)d[b] << 8 | d[c], 4);
  }
  if (size == 32)
    return crypt_b64(p, (uint32_t)d[31] << 8 | d[30], 3);
  return crypt_b64(p, d[63], 2);
}

char *__crypt_sha(const char *key, const char *setting, char *out, size_t size) {
  const struct hash *h = setting[1] == '5' ? &sha256 : &sha512;
  const char *p = setting + 3;  // past "$5$" or "$6$"
  unsigned long rounds;
  bool custom;
  if (!parse_rounds(&p, &rounds, &custom))
    return NULL;
  size_t salt_len = strcspn(p, "$");
  if (salt_len > SALT_MAX)
    salt_len = SALT_MAX;
  const char *salt = p;
  size_t key_len = strlen(key);

  union ctx c;
  unsigned char a[64], b[64], dp[64], ds[64];
  // B = H(key salt key).
  h->init(&c);
  h->update(&c, key, key_len);
  h->update(&c, salt, salt_len);
  h->update(&c, key, key_len);
  h->final(&c, b);
  // A = H(key salt B-repeated-to-key-length, then per bit of the key
  // length, lowest first: B for a one, the key for a zero).
  h->init(&c);
  h->update(&c, key, key_len);
  h->update(&c, salt, salt_len);
  feed_repeated(h, &c, b, key_len);
  for (size_t n = key_len; n > 0; n >>= 1) {
    if (n & 1)
      h->update(&c, b, h->size);
    else
      h->update(&c, key, key_len);
  }
  h->final(&c, a);
  // DP = H(key repeated key-length times); P is DP cut to the key length.
  h->init(&c);
  for (size_t i = 0; i < key_len; i++)
    h->update(&c, key, key_len);
  h->final(&c, dp);
  // DS = H(salt repeated 16 + A[0] times); S is DS cut to the salt length.
  h->init(&c);
  for (size_t i = 0; i < 16u + a[0]; i++)
    h->update(&c, salt, salt_len);
  h->final(&c, ds);
  // The rounds.
  for (unsigned long i = 0; i < rounds; i++) {
    h->init(&c);
    if (i & 1)
      feed_repeated(h, &c, dp, key_len);
    else
      h->update(&c, a, h->size);
    if (i % 3 != 0)
      feed_repeated(h, &c, ds, salt_len);
    if (i % 7 != 0)
      feed_repeated(h, &c, dp, key_len);
    if (i & 1)
      h->update(&c, a, h->size);
    else
      feed_repeated(h, &c, dp, key_len);
    h->final(&c, a);
  }

  // "$5$" ["rounds=N$"] salt "$" digest: at most 3 + 17 + 16 + 1 + 86 + 1.
  char *o = out;
  char *result = NULL;
  if (size >= 124) {
    memcpy(o, setting, 3);
    o += 3;
    if (custom) {
      char digits[10];
      int nd = 0;
      for (unsigned long r = rounds; r > 0; r /= 10)
        digits[nd++] = (char)('0' + r % 10);
      memcpy(o, "rounds=", 7);
      o += 7;
      while (nd > 0)
        *o++ = digits[--nd];
      *o++ = '$';
    }
    memcpy(o, salt, salt_len);
    o += salt_len;
    *o++ = '$';
    o = encode(o, a, h->size);
    *o = '\0';
    result = out;
  }
  explicit_bzero(&c, sizeof(c));
  explicit_bzero(a, sizeof(a));
  explicit_bzero(b, sizeof(b));
  explicit_bzero(dp, sizeof(dp));
  explicit_bzero(ds, sizeof(ds));
  return result;
}
