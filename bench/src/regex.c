// regcomp and regexec (ERE with submatches) over generated log lines.  The
// number of matches and the captured fields are known from the generator.
#if defined(__has_include)
#if __has_include(<regex.h>)
#define HAVE_REGEX_H 1
#endif
#endif

#include <string.h>

#include "bench.h"

#ifndef HAVE_REGEX_H
int main(void) {
  bench_skip("regex", "<regex.h> is not in this C library yet");
  return 0;
}
#else
#include <regex.h>

static const char pattern[] =
    "^([a-z]+)@([a-z]+)\\.(com|org) +([0-9]{1,3})\\.([0-9]{1,3})\\.[0-9]{1,3}\\.[0-9]{1,3}$";

int main(int argc, char **argv) {
  bench_init(argc, argv);
  // regcomp (and the regfree that goes with it).
  uint64_t compiles = bench_n(300), ns;
  regex_t re;
  BENCH_BEST(ns, for (uint64_t i = 0; i < compiles; i++) {
    int err = regcomp(&re, pattern, REG_EXTENDED);
    BENCH_CHECK("regcomp_regfree", err == 0, "regcomp failed with %d", err);
    BENCH_CHECK("regcomp_regfree", re.re_nsub == 5, "%zu subexpressions", re.re_nsub);
    regfree(&re);
  });
  bench_report("regcomp_regfree", ns, compiles);
  int err = regcomp(&re, pattern, REG_EXTENDED);
  BENCH_CHECK("regexec", err == 0, "regcomp failed with %d", err);

  // regexec over lines of which every third one is malformed.
  size_t lines = (size_t)bench_n(8000);
  char (*text)[64] = malloc(lines * sizeof(*text));
  BENCH_CHECK("regexec", text != NULL, "malloc failed");
  uint64_t seed = 99, want = 0, want_sum = 0;
  for (size_t i = 0; i < lines; i++) {
    char user[12], host[12];
    int ul = 3 + (int)(bench_rand(&seed) % 8), hl = 3 + (int)(bench_rand(&seed) % 8);
    for (int j = 0; j < ul; j++)
      user[j] = (char)('a' + bench_rand(&seed) % 26);
    for (int j = 0; j < hl; j++)
      host[j] = (char)('a' + bench_rand(&seed) % 26);
    user[ul] = host[hl] = '\0';
    unsigned a = (unsigned)(bench_rand(&seed) % 256), b = (unsigned)(bench_rand(&seed) % 256);
    const char *tld = (i % 3 == 1) ? "net" : (i & 1) ? "org" : "com";
    snprintf(text[i], sizeof(text[i]), "%s@%s.%s  %u.%u.7.%u", user, host, tld, a, b,
             (unsigned)(i % 256));
    if (i % 3 != 1) {
      want++;
      want_sum += a + b + (unsigned)ul;
    }
  }
  regmatch_t m[6];
  uint64_t got = 0, sum = 0;
  BENCH_BEST(ns, for (size_t i = 0; i < lines; i++) {
    int r = regexec(&re, text[i], 6, m, 0);
    if (r == 0) {
      got++;
      sum += strtoul(text[i] + m[4].rm_so, NULL, 10) + strtoul(text[i] + m[5].rm_so, NULL, 10) +
             (uint64_t)(m[1].rm_eo - m[1].rm_so);
    } else {
      BENCH_CHECK("regexec", r == REG_NOMATCH, "regexec failed with %d", r);
    }
  });
  BENCH_CHECK("regexec", got == want * BENCH_TRIALS, "%llu matches, want %llu",
              (unsigned long long)got / BENCH_TRIALS, (unsigned long long)want);
  BENCH_CHECK("regexec", sum == want_sum * BENCH_TRIALS, "captured fields are wrong");
  bench_report("regexec", ns, lines);
  regfree(&re);
  free(text);
  return 0;
}
#endif
