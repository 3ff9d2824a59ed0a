#include <arpa/inet.h>
#include <errno.h>
#include <stdbool.h>
#include <string.h>

// Dotted decimal: exactly four parts of 0-255 in decimal, without leading
// zeros (as POSIX specifies for inet_pton).  The whole string must match.
static bool parse_ipv4(const char *s, const char *end, uint8_t out[4]) {
  for (int part = 0; part < 4; part++) {
    if (part > 0) {
      if (s == end || *s != '.')
        return false;
      s++;
    }
    if (s == end || *s < '0' || *s > '9')
      return false;
    unsigned value = 0;
    const char *start = s;
    while (s != end && *s >= '0' && *s <= '9') {
      value = value * 10 + (unsigned)(*s++ - '0');
      if (value > 255 || s - start > 3)
        return false;
    }
    if (s - start > 1 && *start == '0')
      return false;
    out[part] = (uint8_t)value;
  }
  return s == end;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// RFC 4291 section 2.2: eight groups of up to four hex digits, at most one
// "::" standing for one or more zero groups, and optionally a dotted IPv4
// address in place of the last two groups.
static bool parse_ipv6(const char *s, uint8_t out[16]) {
  uint16_t groups[8];
  int n = 0;           // groups parsed
  int gap = -1;        // index where "::" stands
  const char *end = s + strlen(s);
  if (s[0] == ':') {
    if (s[1] != ':')
      return false;
    gap = 0;
    s += 2;
    if (s == end)
      goto done;
  }
  for (;;) {
    // Either hex digits followed by ':' or the end, or a dotted IPv4 tail.
    const char *start = s;
    unsigned value = 0;
    while (s != end && hex_value(*s) >= 0 && s - start < 5)
      value = value * 16 + (unsigned)hex_value(*s++);
    if (s != end && *s == '.') {
      if (n > 6)
        return false;
      uint8_t v4[4];
      if (!parse_ipv4(start, end, v4))
        return false;
      groups[n++] = (uint16_t)(v4[0] << 8 | v4[1]);
      groups[n++] = (uint16_t)(v4[2] << 8 | v4[3]);
      break;
    }
    if (s == start || s - start > 4 || n == 8)
      return false;
    groups[n++] = (uint16_t)value;
    if (s == end)
      break;
    if (*s != ':')
      return false;
    s++;
    if (s != end && *s == ':') {
      if (gap >= 0)
        return false;
      gap = n;
      s++;
      if (s == end)
        break;
    } else if (s == end) {
      return false;  // a single trailing ':'
    }
  }
done:
  if (gap >= 0 ? n > 7 : n != 8)
    return false;
  // Spread the groups: those after the gap go to the end.
  uint16_t full[8] = {0};
  int after = gap >= 0 ? n - gap : 0;
  for (int i = 0; i < n - after; i++)
    full[i] = groups[i];
  for (int i = 0; i < after; i++)
    full[8 - after + i] = groups[n - after + i];
  for (int i = 0; i < 8; i++) {
    out[2 * i] = (uint8_t)(full[i] >> 8);
    out[2 * i + 1] = (uint8_t)full[i];
  }
  return true;
}

int inet_pton(int af, const char *restrict src, void *restrict dst) {
  switch (af) {
    case AF_INET: {
      uint8_t addr[4];
      if (!parse_ipv4(src, src + strlen(src), addr))
        return 0;
      memcpy(dst, addr, sizeof(addr));
      return 1;
    }
    case AF_INET6: {
      uint8_t addr[16];
      if (!parse_ipv6(src, addr))
        return 0;
      memcpy(dst, addr, sizeof(addr));
      return 1;
    }
    default:
      errno = EAFNOSUPPORT;
      return -1;
  }
}
