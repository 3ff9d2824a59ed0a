#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

// The thread-safe form of l64a: writes the radix-64 form of the low 32
// bits of value (see a64l; no digits at all for 0) and a terminating null
// byte to buf.  Returns buf, or NULL with errno set to ERANGE if buflen
// bytes are not enough.
char *l64a_r(long value, char *buf, int buflen) {
  static const char digits[64] =
      "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  uint32_t v = (uint32_t)value;
  int n = 0;
  for (uint32_t t = v; t != 0; t >>= 6)
    ++n;
  if (buflen <= n) {
    errno = ERANGE;
    return NULL;
  }
  for (int i = 0; i < n; ++i, v >>= 6)
    buf[i] = digits[v & 63];
  buf[n] = '\0';
  return buf;
}
