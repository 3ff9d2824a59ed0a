// strtol, strtoll, strtoul, strtoull, atoi, atol: every base from 0 to 36
// (and a few invalid ones), signs, whitespace, prefixes, overflow, and the
// end pointer and errno of each call.
#include <errno.h>
#include <limits.h>

#include "ref.h"

static const char *const fragments[] = {
    "", " ", "\t\n\v\f\r ", "+", "-", "0", "00", "0x", "0X", "0x0", "1", "7", "8", "9", "z",
    "Z", "a", "f", "g", "10", "777", "ff", "FF", "zz", "18446744073709551615",
    "18446744073709551616", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "4294967295", "4294967296",
    "2147483647", "2147483648", "7fffffffffffffff", "8000000000000000",
    "ffffffffffffffff", "10000000000000000", "1y2p0ij32e8e7", "3w5e11264sgsf",
    "1111111111111111111111111111111111111111111111111111111111111111",
    "10000000000000000000000000000000000000000000000000000000000000000", "_", "x",
    "0b101", "1e5", "12abc", "--1", "+-1", "- 1", "999999999999999999999999999999",
};
#define NFRAGMENTS (sizeof(fragments) / sizeof(fragments[0]))

static void line_end(const char *input, const char *end, int error) {
  ref_puts(" end=");
  if (end == NULL)
    ref_puts("unset");
  else
    ref_dec(end - input);
  ref_puts(" errno=");
  ref_puts(error == 0 ? "0" : error == ERANGE ? "ERANGE" : error == EINVAL ? "EINVAL" : "other");
  ref_puts("\n");
}

static void one_case(const char *s, int base) {
  char *end;
  ref_quoted(s, strlen(s));
  ref_puts(" base ");
  ref_dec(base);

  errno = 0;
  end = NULL;
  long l = strtol(s, &end, base);
  ref_puts(" l=");
  ref_dec(l);
  line_end(s, end, errno);

  errno = 0;
  end = NULL;
  long long ll = strtoll(s, &end, base);
  ref_puts("  ll=");
  ref_dec(ll);
  line_end(s, end, errno);

  errno = 0;
  end = NULL;
  unsigned long ul = strtoul(s, &end, base);
  ref_puts("  ul=");
  ref_hex(ul);
  line_end(s, end, errno);

  errno = 0;
  end = NULL;
  unsigned long long ull = strtoull(s, &end, base);
  ref_puts("  ull=");
  ref_hex(ull);
  line_end(s, end, errno);
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  char buf[256];
  // Every pair of fragments in every base.
  for (size_t i = 0; i < NFRAGMENTS; i++) {
    for (size_t j = 0; j < NFRAGMENTS; j++) {
      snprintf(buf, sizeof(buf), "%s%s", fragments[i], fragments[j]);
      for (int base = 0; base <= 36; base++)
        if (base != 1)
          one_case(buf, base);
      one_case(buf, 1);
      one_case(buf, 37);
    }
  }
  // Random digit strings in random bases.
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (long n = 0; n < 20000 * scale; n++) {
    size_t len = 0;
    if (ref_below(4) == 0)
      buf[len++] = " \t+-"[ref_below(4)];
    if (ref_below(3) == 0)
      buf[len++] = "+-"[ref_below(2)];
    if (ref_below(4) == 0) {
      buf[len++] = '0';
      if (ref_below(2))
        buf[len++] = "xX"[ref_below(2)];
    }
    size_t ndigits = (size_t)ref_below(30);
    for (size_t k = 0; k < ndigits; k++)
      buf[len++] = digits[ref_below(sizeof(digits) - 1)];
    buf[len] = '\0';
    int base = ref_below(4) == 0 ? 0 : (int)(2 + ref_below(35));
    one_case(buf, base);
  }
  // atoi/atol on values that fit.
  for (long n = 0; n < 2000 * scale; n++) {
    long long v = (long long)ref_next();
    v >>= ref_below(64);
    snprintf(buf, sizeof(buf), "%s%lld", ref_below(2) ? " " : "", (long long)(int)v);
    ref_quoted(buf, strlen(buf));
    ref_puts(" atoi=");
    ref_dec(atoi(buf));
    snprintf(buf, sizeof(buf), "%lld", v);
    ref_puts(" atol=");
    ref_dec(atol(buf));
    ref_puts(" atoll=");
    ref_dec(atoll(buf));
    ref_puts("\n");
  }
  ref_flush();
  return 0;
}
