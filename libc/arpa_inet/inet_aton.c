#include <arpa/inet.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Parses one number in C notation (decimal, 0 octal, 0x hexadecimal).
static bool parse_number(const char **sp, uint32_t *out) {
  const char *s = *sp;
  unsigned base = 10;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s += 2;
  } else if (s[0] == '0') {
    base = 8;
  }
  uint64_t value = 0;
  const char *start = s;
  for (;; s++) {
    unsigned d;
    if (*s >= '0' && *s <= '9')
      d = (unsigned)(*s - '0');
    else if (*s >= 'a' && *s <= 'f')
      d = (unsigned)(*s - 'a' + 10);
    else if (*s >= 'A' && *s <= 'F')
      d = (unsigned)(*s - 'A' + 10);
    else
      break;
    if (d >= base)
      return false;
    value = value * base + d;
    if (value > UINT32_MAX)
      return false;
  }
  if (s == start && base != 8)
    return false;  // "0x" without digits, or no digits at all
  *sp = s;
  *out = (uint32_t)value;
  return true;
}

// The traditional forms: a.b.c.d, a.b.c (c fills 16 bits), a.b (b fills
// 24 bits) and a (32 bits), each part in C notation.
int inet_aton(const char *s, struct in_addr *addr) {
  uint32_t parts[4];
  int n = 0;
  for (;;) {
    if (n == 4 || !parse_number(&s, &parts[n]))
      return 0;
    n++;
    // Like the traditional parsers, stop at the end of the string or at
    // white space (what follows it is not looked at).
    if (*s == '\0' || *s == ' ' || (*s >= '\t' && *s <= '\r'))
      break;
    if (*s != '.')
      return 0;
    s++;
  }
  uint32_t value = parts[n - 1];
  uint32_t limit = n == 1 ? UINT32_MAX : UINT32_MAX >> (8 * (n - 1));
  if (value > limit)
    return 0;
  for (int i = 0; i < n - 1; i++) {
    if (parts[i] > 255)
      return 0;
    value |= parts[i] << (24 - 8 * i);
  }
  if (addr != NULL)
    addr->s_addr = htonl(value);
  return 1;
}
