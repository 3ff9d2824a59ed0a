#include <errno.h>
#include <stdint.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
long my_strtol(const char *, char **, int);
long long my_strtoll(const char *, char **, int);
unsigned long my_strtoul(const char *, char **, int);
unsigned long long my_strtoull(const char *, char **, int);
intmax_t my_strtoimax(const char *, char **, int);
uintmax_t my_strtoumax(const char *, char **, int);
static uint64_t rs = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return rs; }
long fails, total;
#define CHECK(T, f, s, b) do { char *e1, *e2; errno = 0; T a = f(s, &e1, b); int r1 = errno; errno = 0; T c = my_##f(s, &e2, b); int r2 = errno; total++; \
  if (a != c || r1 != r2 || (r1 != EINVAL && e1 != e2)) { if (fails++ < 20) printf(#f " '%s' base %d: glibc %llx err %d end %ld, mine %llx err %d end %ld\n", s, b, (unsigned long long)a, r1, e1 - s, (unsigned long long)c, r2, e2 - s); } } while (0)
int main(int argc, char **argv) {
  long n = atol(argv[1]);
  static const char *pieces[] = {" ", "\t", "+", "-", "0", "1", "7", "8", "9", "a", "f", "g", "z", "Z", "x", "X", "0x", "0X", "00", ".", "18446744073709551615", "18446744073709551616", "9223372036854775807", "9223372036854775808", "9223372036854775809", "ffffffffffffffff", "7fffffffffffffff", "8000000000000000", "10000000000000000", "777777777777777777777", "1777777777777777777777", "2000000000000000000000", "zzzzzzzzzzzzz", "3w5e11264sgsf", "3w5e11264sgsg", "1y2p0ij32e8e7", "1y2p0ij32e8e8", "b", "0b1", "\n"};
  char buf[512];
  for (long i = 0; i < n; i++) {
    int np = rnd() % 6 + 1, k = 0;
    for (int j = 0; j < np; j++) k += sprintf(buf + k, "%s", pieces[rnd() % (sizeof pieces / sizeof *pieces)]);
    int base = (int)(rnd() % 40) - 2;
    if (rnd() % 3 == 0) base = (int[]){0, 8, 10, 16, 36, 2}[rnd() % 6];
    CHECK(long, strtol, buf, base); CHECK(long long, strtoll, buf, base);
    CHECK(unsigned long, strtoul, buf, base); CHECK(unsigned long long, strtoull, buf, base);
    CHECK(intmax_t, strtoimax, buf, base); CHECK(uintmax_t, strtoumax, buf, base);
  }
  printf("%ld cases, %ld failures\n", total, fails); return fails != 0;
}
