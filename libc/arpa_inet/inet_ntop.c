#include <arpa/inet.h>
#include <errno.h>
#include <stdbool.h>
#include <string.h>

static char *put_decimal(char *p, unsigned v) {
  if (v >= 100)
    *p++ = (char)('0' + v / 100);
  if (v >= 10)
    *p++ = (char)('0' + v / 10 % 10);
  *p++ = (char)('0' + v % 10);
  return p;
}

static char *put_ipv4(char *p, const uint8_t a[4]) {
  for (int i = 0; i < 4; i++) {
    if (i > 0)
      *p++ = '.';
    p = put_decimal(p, a[i]);
  }
  return p;
}

// RFC 5952: lowercase hex without leading zeros; the longest run of at
// least two zero groups (the first one if runs tie) becomes "::".
// Addresses under the well-known prefixes for embedded IPv4 addresses
// (IPv4-mapped ::ffff:0:0/96 of RFC 4291, IPv4-translated ::ffff:0:0:0/96
// of RFC 2765) end in dotted decimal.
static char *put_ipv6(char *p, const uint8_t a[16]) {
  uint16_t g[8];
  for (int i = 0; i < 8; i++)
    g[i] = (uint16_t)(a[2 * i] << 8 | a[2 * i + 1]);
  bool mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
  bool translated =
      g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0xffff && g[5] == 0;
  int groups = mapped || translated ? 6 : 8;
  int best = -1, best_len = 1;
  for (int i = 0; i < groups;) {
    if (g[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < groups && g[j] == 0)
      j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < groups; i++) {
    if (i == best) {
      *p++ = ':';
      *p++ = ':';
      i += best_len - 1;
      continue;
    }
    if (i > 0 && i != best + best_len)
      *p++ = ':';
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      unsigned nibble = (g[i] >> shift) & 0xf;
      if (nibble != 0 || started || shift == 0) {
        *p++ = hex[nibble];
        started = true;
      }
    }
  }
  if (groups == 6) {
    if (best + best_len != 6)
      *p++ = ':';
    p = put_ipv4(p, a + 12);
  }
  return p;
}

const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size) {
  char buf[INET6_ADDRSTRLEN];
  char *end;
  switch (af) {
    case AF_INET:
      end = put_ipv4(buf, src);
      break;
    case AF_INET6:
      end = put_ipv6(buf, src);
      break;
    default:
      errno = EAFNOSUPPORT;
      return NULL;
  }
  size_t len = (size_t)(end - buf);
  if (len >= size) {
    errno = ENOSPC;
    return NULL;
  }
  memcpy(dst, buf, len);
  dst[len] = '\0';
  return dst;
}
