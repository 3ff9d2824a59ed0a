// strtod, strtof, strtold: random and adversarial decimal and hexadecimal
// inputs (long mantissas, halfway cases, extreme exponents, inf/nan
// spellings); each case prints the exact bits, the end offset and errno.
#include <errno.h>
#include <float.h>
#include <string.h>

#include "ref.h"

static void bits_of_double(double d) {
  uint64_t b;
  memcpy(&b, &d, sizeof(b));
  ref_hex(b);
}

static void one_case(const char *s) {
  char *end;
  ref_quoted(s, strlen(s));

  errno = 0;
  double d = strtod(s, &end);
  ref_puts(" d=");
  // NaN payloads and signs from "nan(...)" are implementation-defined.
  if (__builtin_isnan(d))
    ref_puts("nan");
  else
    bits_of_double(d);
  ref_puts("/");
  ref_dec(end - s);
  ref_puts(errno == ERANGE ? "/ERANGE" : errno == 0 ? "" : "/other");

  errno = 0;
  float f = strtof(s, &end);
  uint32_t fb;
  memcpy(&fb, &f, sizeof(fb));
  ref_puts(" f=");
  if (__builtin_isnan(f))
    ref_puts("nan");
  else
    ref_hex(fb);
  ref_puts("/");
  ref_dec(end - s);
  ref_puts(errno == ERANGE ? "/ERANGE" : errno == 0 ? "" : "/other");

  errno = 0;
  long double ld = strtold(s, &end);
  ref_puts(" ld=");
  if (__builtin_isnan(ld)) {
    ref_puts("nan");
  } else {
    unsigned char raw[16];
    memset(raw, 0, sizeof(raw));
    memcpy(raw, &ld, 10);
    uint64_t lo, hi = 0;
    memcpy(&lo, raw, 8);
    memcpy(&hi, raw + 8, 2);
    ref_hex(hi);
    ref_hex(lo);
  }
  ref_puts("/");
  ref_dec(end - s);
  ref_puts(errno == ERANGE ? "/ERANGE" : errno == 0 ? "" : "/other");
  ref_puts("\n");
}

static const char *const fixed[] = {
    "", " ", "+", "-", ".", "e5", "1e", "1e+", "1e-", "1.e3", ".5", "5.", "0x", "0x.", "0x1p",
    "0x1p-", "0X1P+1", "0x.8p1", "0x1.fffffffffffff8p1023", "0x1.fffffffffffffp1023",
    "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x1.0000000000000800000000001p0",
    "inf", "INF", "-Inf", "infinity", "infinit", "infinityx", "nan", "NaN", "-nan", "nan()",
    "nan(123)", "nan(abc_DEF)", "nan(", "nan(-)", "1e308", "1.8e308", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308",
    "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125",
    "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001",
    "0.1", "0.30000000000000004", "123456789012345678901234567890", "1e-400", "-1e-400", "1e400",
    "3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46", "1.18e-38", "1e4932", "1.18973149535723176502e4932",
    "1.18973149535723176509e4932", "3.6e-4951", "1e-4951", "00000000000000000000001.5",
    "0.000000000000000000000000000000000000000000000000000000000000000000000001e72",
    "  \t\n-12.5e-1xyz", "1,5", "1_000",
};

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
    one_case(fixed[i]);
  char buf[1200];
  for (long n = 0; n < 120000 * scale; n++) {
    size_t len = 0;
    int kind = (int)ref_below(40);
    if (ref_below(3) == 0)
      buf[len++] = "+-"[ref_below(2)];
    if (kind < 4) {
      // Hexadecimal.
      buf[len++] = '0';
      buf[len++] = "xX"[ref_below(2)];
      size_t nd = 1 + ref_below(30);
      for (size_t k = 0; k < nd; k++)
        buf[len++] = "0123456789abcdefABCDEF"[ref_below(22)];
      if (ref_below(2)) {
        buf[len++] = '.';
        nd = ref_below(20);
        for (size_t k = 0; k < nd; k++)
          buf[len++] = "0123456789abcdef"[ref_below(16)];
      }
      if (ref_below(3)) {
        len += (size_t)sprintf(buf + len, "p%d", (int)ref_below(4400) - 2200);
      }
    } else if (kind < 8) {
      // Exactly a double printed with 17 digits, then nudged: near halfway.
      uint64_t bits = ref_next() & 0x7fffffffffffffffULL;
      double d;
      memcpy(&d, &bits, sizeof(d));
      if (__builtin_isnan(d) || __builtin_isinf(d))
        d = 1.5;
      len += (size_t)snprintf(buf + len, 64, "%.17e", d);
      if (ref_below(2)) {
        // Replace the last digits by a long run: 49999..., 5, 50000...1
        char *e = strchr(buf, 'e');
        char exponent[16];
        strcpy(exponent, e);
        len = (size_t)(e - buf) - 2;
        static const char *const tails[] = {"5", "50000000000000000000000001", "4999999999999999999999",
                                            "5000000000000000000000000000000000000000000000000", "49"};
        len += (size_t)sprintf(buf + len, "%s%s", tails[ref_below(5)], exponent);
      }
    } else if (kind == 2) {
      // Very long mantissa.
      size_t nd = 1 + ref_below(ref_below(4) == 0 ? 800 : 100);
      for (size_t k = 0; k < nd; k++)
        buf[len++] = (char)('0' + ref_below(10));
      len += (size_t)sprintf(buf + len, "e%d", (int)ref_below(1400) - 1100);
    } else {
      size_t nd = 1 + ref_below(25);
      size_t point = ref_below(nd + 2);
      for (size_t k = 0; k < nd; k++) {
        if (k == point)
          buf[len++] = '.';
        buf[len++] = (char)('0' + ref_below(10));
      }
      if (ref_below(2)) {
        char e = "eE"[ref_below(2)];
        int exponent = ref_below(50) == 0 ? (int)ref_below(10000) - 5000 : (int)ref_below(800) - 400;
        len += (size_t)sprintf(buf + len, "%c%d", e, exponent);
      }
    }
    buf[len] = '\0';
    one_case(buf);
  }
  ref_flush();
  return 0;
}
