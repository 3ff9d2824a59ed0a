// Internal: bcrypt, "$2b$NN$" + 22 salt characters (Provos and Mazières'
// EksBlowfish), with the variants libxcrypt knows: $2b$ and $2y$ (the
// same), $2a$ (the same, except that a key whose sign-extended reading
// would equal the correct one although it has 8-bit characters gets one
// bit flipped, so that it cannot collide with hashes of the old buggy
// implementations) and $2x$ (that buggy reading: bytes sign-extended).
// The key is read cyclically with its terminating NUL, 72 bytes at most.
// The cost NN is 04 to 31 (2^NN rounds).
#include <stdbool.h>
#include <string.h>

#include "crypt_blowfish_tables.h"
#include "crypt_impl.h"

struct blowfish {
  uint32_t p[18];
  uint32_t s[4][256];
};

static uint32_t feistel(const struct blowfish *c, uint32_t x) {
  return ((c->s[0][x >> 24] + c->s[1][(x >> 16) & 0xff]) ^ c->s[2][(x >> 8) & 0xff]) +
         c->s[3][x & 0xff];
}

static void encipher(const struct blowfish *c, uint32_t *lp, uint32_t *rp) {
  uint32_t l = *lp, r = *rp;
  for (int i = 0; i < 16; i += 2) {
    l ^= c->p[i];
    r ^= feistel(c, l);
    r ^= c->p[i + 1];
    l ^= feistel(c, r);
  }
  *lp = r ^ c->p[17];
  *rp = l ^ c->p[16];
}

// Re-keys the whole state by enciphering a running block, mixed with the
// salt words (alternately the first and second pair) if salt is not NULL.
static void rekey(struct blowfish *c, const uint32_t *salt) {
  uint32_t l = 0, r = 0;
  uint32_t *words = c->p;
  size_t count = 18 + 4 * 256;  // p and s are contiguous
  for (size_t i = 0; i < count; i += 2) {
    if (salt != NULL) {
      l ^= salt[i & 2];
      r ^= salt[(i & 2) + 1];
    }
    encipher(c, &l, &r);
    words[i] = l;
    words[i + 1] = r;
  }
}

// bcrypt's base 64: ./A-Za-z0-9, most significant bits first.
static const char alphabet[] =
    "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static int digit_value(char c) {
  const char *p = c != '\0' ? strchr(alphabet, c) : NULL;
  return p != NULL ? (int)(p - alphabet) : -1;
}

static bool decode(unsigned char *out, size_t n, const char *in) {
  uint32_t acc = 0;
  int bits = 0;
  size_t o = 0;
  while (o < n) {
    int v = digit_value(*in++);
    if (v < 0)
      return false;
    acc = acc << 6 | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (unsigned char)(acc >> bits);
    }
  }
  return true;
}

static char *encode(char *out, const unsigned char *in, size_t n) {
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n; i++) {
    acc = acc << 8 | in[i];
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      *out++ = alphabet[(acc >> bits) & 0x3f];
    }
  }
  if (bits > 0)
    *out++ = alphabet[(acc << (6 - bits)) & 0x3f];
  return out;
}

char *__crypt_bcrypt(const char *key, const char *setting, char *out, size_t size) {
  // "$2" variant "$" two-digit cost "$" 22 salt characters (the last one
  // carries 2 bits); anything after them is ignored.
  char variant = setting[2];
  if (strchr("abxy", variant) == NULL || variant == '\0' || setting[3] != '$' ||
      setting[4] < '0' || setting[4] > '9' || setting[5] < '0' || setting[5] > '9' ||
      setting[6] != '$')
    return NULL;
  int cost = (setting[4] - '0') * 10 + (setting[5] - '0');
  unsigned char salt_bytes[16];
  if (cost < 4 || cost > 31 || !decode(salt_bytes, sizeof(salt_bytes), setting + 7) ||
      size < 61)
    return NULL;
  uint32_t salt[4];
  for (int i = 0; i < 4; i++)
    salt[i] = (uint32_t)salt_bytes[4 * i] << 24 | (uint32_t)salt_bytes[4 * i + 1] << 16 |
              (uint32_t)salt_bytes[4 * i + 2] << 8 | salt_bytes[4 * i + 3];

  // The key as 18 words, read the right way and sign-extended ($2x$).
  uint32_t right[18], wrong[18], diff = 0;
  bool high_bit = false;
  const char *k = key;
  for (int i = 0; i < 18; i++) {
    right[i] = wrong[i] = 0;
    for (int j = 0; j < 4; j++) {
      right[i] = right[i] << 8 | (unsigned char)*k;
      wrong[i] = wrong[i] << 8 | (uint32_t)(int32_t)(signed char)*k;
      if (j > 0 && (*k & 0x80))
        high_bit = true;
      k = *k == '\0' ? key : k + 1;
    }
    diff |= right[i] ^ wrong[i];
  }
  const uint32_t *expanded = variant == 'x' ? wrong : right;

  struct blowfish c;
  memcpy(c.p, blowfish_init_p, sizeof(c.p));
  memcpy(c.s, blowfish_init_s, sizeof(c.s));
  for (int i = 0; i < 18; i++)
    c.p[i] ^= expanded[i];
  if (variant == 'a' && diff == 0 && high_bit)
    c.p[0] ^= 0x10000;
  rekey(&c, salt);
  for (uint64_t n = (uint64_t)1 << cost; n > 0; n--) {
    for (int i = 0; i < 18; i++)
      c.p[i] ^= expanded[i];
    rekey(&c, NULL);
    for (int i = 0; i < 18; i++)
      c.p[i] ^= salt[i & 3];
    rekey(&c, NULL);
  }

  static const char magic[] = "OrpheanBeholderScryDoubt";
  uint32_t text[6];
  for (int i = 0; i < 6; i++)
    text[i] = (uint32_t)(unsigned char)magic[4 * i] << 24 |
              (uint32_t)(unsigned char)magic[4 * i + 1] << 16 |
              (uint32_t)(unsigned char)magic[4 * i + 2] << 8 | (unsigned char)magic[4 * i + 3];
  for (int round = 0; round < 64; round++)
    for (int i = 0; i < 6; i += 2)
      encipher(&c, &text[i], &text[i + 1]);
  unsigned char digest[24];
  for (int i = 0; i < 24; i++)
    digest[i] = (unsigned char)(text[i / 4] >> (24 - 8 * (i % 4)));

  // The setting up to the salt's last character, which is normalised to
  // the 2 bits it carries; then 23 bytes of the digest.
  memcpy(out, setting, 28);
  out[28] = alphabet[digit_value(setting[28]) & 0x30];
  char *o = encode(out + 29, digest, 23);
  *o = '\0';

  explicit_bzero(&c, sizeof(c));
  explicit_bzero(right, sizeof(right));
  explicit_bzero(wrong, sizeof(wrong));
  explicit_bzero(digest, sizeof(digest));
  return out;
}
