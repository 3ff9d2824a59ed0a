// Pattern decoding for regcomp: UTF-8 to code points.
#include <stdlib.h>

#include "regex_impl.h"
#include "unicode_utf8.h"

uint32_t *__regex_decode(const char *s, size_t n, size_t *outlen) {
  uint32_t *out = malloc((n + 1) * sizeof(*out));
  if (out == NULL)
    return NULL;
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, k = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      out[k++] = u[i++];
      continue;
    }
    mbstate_t st = {0};
    uint32_t c;
    size_t len = utf8_decode(&c, u + i, n - i, &st);
    if (len == UTF8_INVALID || len == UTF8_INCOMPLETE) {
      // Not UTF-8: the byte stands for itself.
      out[k++] = RX_RAW_BYTE + u[i++];
    } else {
      out[k++] = c;
      i += len;
    }
  }
  *outlen = k;
  return out;
}
