#include <unistd.h>

void swab(const void *restrict from, void *restrict to, ssize_t n) {
  const unsigned char *in = from;
  unsigned char *out = to;
  // Pairs of bytes change places; an odd last byte is left alone.
  for (ssize_t i = 0; i + 1 < n; i += 2) {
    out[i] = in[i + 1];
    out[i + 1] = in[i];
  }
}
