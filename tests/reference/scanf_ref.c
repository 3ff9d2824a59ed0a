// The scanf family through sscanf: integer, floating, string, character,
// scan-set and %n conversions with widths and suppression, on generated
// inputs; each case prints the return value and every assigned value.
// Inputs never overflow the converted type: that is undefined behaviour,
// and libcs differ (musl wraps, glibc saturates).
#include <string.h>

#include "ref.h"

static void show_double(double d) {
  uint64_t b;
  if (__builtin_isnan(d)) {
    ref_puts("nan");
    return;
  }
  memcpy(&b, &d, sizeof(b));
  ref_hex(b);
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  static const char *const formats[] = {
      "%d", "%i", "%u", "%o", "%x", "%X", "%3d", "%2i", "%lld", "%ld", "%zu",
      "%*d%d", "%d%n", "%d %d", "%d,%d", "%lf", "%f", "%e", "%g", "%a", "%Lf", "%5lf", "%s",
      "%5s", "%c", "%3c", "%[a-z]", "%[^,]", "%[]a]", "%[^]x]", "%4[0-9]", "%%%d", " %d",
      "%d%%", "x%dy", "%i%i", "%s%n",
  };
  static const char *const pieces[] = {
      "", " ", "0", "1", "-1", "+7", "0x1f", "0X", "077", "08", "-0",
      "1.5", "-2.5e10", "1e", "1e+", ".5", "0x1.8p3", "inf", "nan", "NAN(12)", "abc", "a,b",
      "]]a", "x", "y", "%", ",", "\t\n", "zz9",
  };
  const size_t nf = sizeof(formats) / sizeof(formats[0]);
  const size_t np = sizeof(pieces) / sizeof(pieces[0]);
  char input[128];
  for (long k = 0; k < 150000 * scale; k++) {
    const char *fmt = formats[ref_below(nf)];
    // One draw per statement: argument evaluation order differs between
    // compilers, and both builds must generate the same cases.
    const char *p1 = pieces[ref_below(np)];
    const char *p2 = pieces[ref_below(np)];
    const char *p3 = ref_below(2) ? pieces[ref_below(np)] : "";
    snprintf(input, sizeof(input), "%s%s%s", p1, p2, p3);
    // Storage large enough for any conversion above; pre-filled so that
    // unassigned outputs are visible.
    union {
      long long ll;
      double d;
      long double ld;
      char s[64];
    } a, b;
    memset(&a, 0x5a, sizeof(a));
    memset(&b, 0x5a, sizeof(b));
    a.s[63] = b.s[63] = 0;
    int ret = sscanf(input, fmt, &a, &b);
    ref_quoted(input, strlen(input));
    ref_puts(" ");
    ref_quoted(fmt, strlen(fmt));
    ref_puts(" -> ");
    ref_dec(ret);
    // Print the raw bytes of both outputs: every conversion's effect shows.
    ref_puts(" a=");
    const unsigned char *pa = (const unsigned char *)&a, *pb = (const unsigned char *)&b;
    if (strchr(fmt, 'f') || strchr(fmt, 'e') || strchr(fmt, 'g') || strchr(fmt, 'a')) {
      // NaN payloads from "nan(...)" are implementation-defined.
      if (strstr(fmt, "Lf") && __builtin_isnan(a.ld)) {
        ref_puts("nan");
      } else if (strstr(fmt, "Lf")) {
        ref_hex(((const uint64_t *)pa)[0]);
        ref_hex(((const uint16_t *)pa)[4]);
      } else if (strstr(fmt, "lf")) {
        show_double(a.d);
      } else {
        float f;
        memcpy(&f, pa, sizeof(f));
        show_double(f);
      }
    } else {
      for (int i = 0; i < 16; i++)
        ref_hex(pa[i]);
    }
    ref_puts(" b=");
    for (int i = 0; i < 16; i++)
      ref_hex(pb[i]);
    ref_puts("\n");
  }
  ref_flush();
  return 0;
}
