// Host program: records glibc's view of every code point in its C.UTF-8
// locale, for `scripts/gen_unicode_tables.py --compare glibc.bin`.  Per code
// point four little-endian uint32: the 12 <wctype.h> classes as bits (in
// the order of `names` below), towlower, towupper and wcwidth.
//   cc -O2 glibc_dump.c -o glibc_dump && ./glibc_dump
#define _GNU_SOURCE
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>
#include <stdint.h>
int main(void) {
  if (!setlocale(LC_ALL, "C.UTF-8"))
    return 1;
  const char *names[] = {"alpha", "upper", "lower", "digit", "xdigit", "space",
                         "blank", "cntrl", "punct", "graph", "print",  "alnum"};
  wctype_t t[12];
  for (int i = 0; i < 12; i++)
    t[i] = wctype(names[i]);
  FILE *f = fopen("glibc.bin", "wb");
  for (uint32_t c = 0; c < 0x110000; c++) {
    uint32_t rec[4];
    uint32_t bits = 0;
    for (int i = 0; i < 12; i++)
      if (iswctype(c, t[i]))
        bits |= 1u << i;
    rec[0] = bits;
    rec[1] = towlower(c);
    rec[2] = towupper(c);
    rec[3] = (uint32_t)wcwidth(c);
    fwrite(rec, 4, 4, f);
  }
  fclose(f);
  return 0;
}
