// Internal: the MD5-crypt scheme $1$ (Poul-Henning Kamp's, from FreeBSD):
// a salt of at most 8 characters up to the next '$', and 1000 rounds.
#include <string.h>

#include "crypt_impl.h"

enum { SALT_MAX = 8, ROUNDS = 1000 };

char *__crypt_md5(const char *key, const char *setting, char *out, size_t size) {
  const char *salt = setting + 3;  // past "$1$"
  size_t salt_len = strcspn(salt, "$");
  if (salt_len > SALT_MAX)
    salt_len = SALT_MAX;
  size_t key_len = strlen(key);

  struct md5_ctx c;
  unsigned char alt[16], d[16];
  __md5_init(&c);
  __md5_update(&c, key, key_len);
  __md5_update(&c, salt, salt_len);
  __md5_update(&c, key, key_len);
  __md5_final(&c, alt);

  __md5_init(&c);
  __md5_update(&c, key, key_len);
  __md5_update(&c, "$1$", 3);
  __md5_update(&c, salt, salt_len);
  for (size_t n = key_len; n > 0; n -= n > 16 ? 16 : n)
    __md5_update(&c, alt, n > 16 ? 16 : n);
  // Per bit of the key length, lowest first: a NUL byte for a one, the
  // key's first byte for a zero.
  for (size_t n = key_len; n > 0; n >>= 1)
    __md5_update(&c, (n & 1) ? "" : key, 1);
  __md5_final(&c, d);

  for (int i = 0; i < ROUNDS; i++) {
    __md5_init(&c);
    if (i & 1)
      __md5_update(&c, key, key_len);
    else
      __md5_update(&c, d, 16);
    if (i % 3 != 0)
      __md5_update(&c, salt, salt_len);
    if (i % 7 != 0)
      __md5_update(&c, key, key_len);
    if (i & 1)
      __md5_update(&c, d, 16);
    else
      __md5_update(&c, key, key_len);
    __md5_final(&c, d);
  }

  // "$1$" salt "$" 22 digits: at most 3 + 8 + 1 + 22 + 1.
  char *result = NULL;
  if (size >= 35) {
    char *o = out;
    memcpy(o, "$1$", 3);
    o += 3;
    memcpy(o, salt, salt_len);
    o += salt_len;
    *o++ = '$';
    for (int i = 0; i < 5; i++)
      o = crypt_b64(o, (uint32_t)d[i] << 16 | (uint32_t)d[i + 6] << 8 | d[i == 4 ? 5 : i + 12], 4);
    o = crypt_b64(o, d[11], 2);
    *o = '\0';
    result = out;
  }
  explicit_bzero(&c, sizeof(c));
  explicit_bzero(alt, sizeof(alt));
  explicit_bzero(d, sizeof(d));
  return result;
}
