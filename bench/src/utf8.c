// UTF-8 conversion: mbstowcs of a mixed text (1- to 4-byte sequences) and
// wcstombs back; the round trip must reproduce the bytes and the count of
// characters must match the generator's.
#include <locale.h>
#include <string.h>
#include <wchar.h>

#include "bench.h"

static size_t put_utf8(char *p, uint32_t c) {
  if (c < 0x80) {
    p[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    p[0] = (char)(0xc0 | c >> 6);
    p[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    p[0] = (char)(0xe0 | c >> 12);
    p[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    p[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  p[0] = (char)(0xf0 | c >> 18);
  p[1] = (char)(0x80 | ((c >> 12) & 0x3f));
  p[2] = (char)(0x80 | ((c >> 6) & 0x3f));
  p[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

int main(int argc, char **argv) {
  bench_init(argc, argv);
  BENCH_CHECK("utf8", setlocale(LC_CTYPE, "C.UTF-8") != NULL, "no C.UTF-8 locale");
  const size_t chars = 64 * 1024;
  char *text = malloc(chars * 4 + 1), *back = malloc(chars * 4 + 1);
  wchar_t *wide = malloc((chars + 1) * sizeof(wchar_t));
  BENCH_CHECK("utf8", text && back && wide, "malloc failed");
  uint64_t seed = 8;
  size_t len = 0;
  for (size_t i = 0; i < chars; i++) {
    // Mostly ASCII, like real text, with runs of Latin, CJK and emoji.
    uint64_t r = bench_rand(&seed) % 100;
    uint32_t c = r < 60   ? 0x20 + (uint32_t)(r % 95)
                 : r < 80 ? 0xe0 + (uint32_t)(r % 64)
                 : r < 95 ? 0x4e00 + (uint32_t)(bench_rand(&seed) % 0x5000)
                          : 0x1f600 + (uint32_t)(r % 64);
    len += put_utf8(text + len, c);
  }
  text[len] = '\0';
  uint64_t reps = bench_n(25);

  size_t count = 0;
  uint64_t ns;
  BENCH_BEST(ns, for (uint64_t i = 0; i < reps; i++) {
    BENCH_ESCAPE(text);
    count += mbstowcs(wide, text, chars + 1);
  });
  BENCH_CHECK("mbstowcs_64Kchar", count == chars * reps * BENCH_TRIALS, "%zu characters", count);
  bench_report("mbstowcs_64Kchar", ns, reps);

  size_t bytes = 0;
  BENCH_BEST(ns, for (uint64_t i = 0; i < reps; i++) {
    BENCH_ESCAPE(wide);
    bytes += wcstombs(back, wide, chars * 4 + 1);
  });
  BENCH_CHECK("wcstombs_64Kchar", bytes == len * reps * BENCH_TRIALS && memcmp(back, text, len + 1) == 0,
              "the round trip changed the text");
  bench_report("wcstombs_64Kchar", ns, reps);
  free(text);
  free(back);
  free(wide);
  return 0;
}
