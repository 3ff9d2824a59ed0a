// <math.h> special values (C Annex F): every one-, two- and three-argument
// function of double and float on signed zeros, infinities, NaN, ±1, ±0.5,
// ±2, the smallest subnormal, the largest finite value, and a few exact
// cases.  Zeros, infinities and results that are exact binary fractions are
// compared bit for bit (NaNs print as "nan": their payload and sign are
// unspecified); other doubles to 12 significant digits and floats to 5,
// since libms may differ in the last place (docs/libm-accuracy.md measures
// that: on these inputs coshf, erfcf and atan2f of musl and glibc are one
// unit off where this libm rounds correctly).
#include <math.h>
#include <string.h>

#include "ref.h"

static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0,
                                  INFINITY, -INFINITY, NAN, 4.9406564584124654e-324,
                                  1.7976931348623157e308, -1.7976931348623157e308, 3.0, 10.0};
#define NSPECIAL (sizeof(specials) / sizeof(specials[0]))

static void show(double v) {
  if (isnan(v)) {
    ref_puts("nan");
    return;
  }
  if (v != 0 && !isinf(v) && v * 1024 != trunc(v * 1024)) {
    char text[32];
    snprintf(text, sizeof(text), "%.11e", v);
    ref_puts(text);
    return;
  }
  uint64_t b;
  memcpy(&b, &v, sizeof(b));
  ref_hex(b);
}

static void showf(float v) {
  if (isnan(v)) {
    ref_puts("nan");
    return;
  }
  if (v != 0 && __builtin_fabsf(v) < 0x1p-126f) {
    // One unit in the last place of a subnormal is a large relative
    // change: erfcf(10) is 1.4e-45 here (correctly rounded: the value is
    // 2.09e-45) but 2.8e-45 in musl and glibc.
    ref_puts("subnormal");
    return;
  }
  if (v != 0 && !isinf(v)) {
    char text[32];
    snprintf(text, sizeof(text), "%.4e", v);
    ref_puts(text);
    return;
  }
  uint32_t b;
  memcpy(&b, &v, sizeof(b));
  ref_hex(b);
}

#define ONE(fn)                                   \
  for (size_t i = 0; i < NSPECIAL; i++) {        \
    ref_puts(#fn "(");                            \
    show(specials[i]);                           \
    ref_puts(") = ");                            \
    show(fn(specials[i]));                        \
    ref_puts("  " #fn "f = ");                    \
    showf(fn##f((float)specials[i]));             \
    ref_puts("\n");                              \
  }

#define TWO(fn)                                             \
  for (size_t i = 0; i < NSPECIAL; i++)                    \
    for (size_t j = 0; j < NSPECIAL; j++) {                \
      ref_puts(#fn "(");                                    \
      show(specials[i]);                                   \
      ref_puts(", ");                                      \
      show(specials[j]);                                   \
      ref_puts(") = ");                                    \
      show(fn(specials[i], specials[j]));                   \
      ref_puts("  " #fn "f = ");                            \
      showf(fn##f((float)specials[i], (float)specials[j])); \
      ref_puts("\n");                                      \
    }

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  ONE(sqrt) ONE(cbrt) ONE(exp) ONE(exp2) ONE(expm1) ONE(log) ONE(log2) ONE(log10)
  ONE(log1p) ONE(sin) ONE(cos) ONE(tan) ONE(asin) ONE(acos) ONE(atan) ONE(sinh)
  ONE(cosh) ONE(tanh) ONE(asinh) ONE(acosh) ONE(atanh) ONE(ceil) ONE(floor) ONE(trunc)
  ONE(round) ONE(rint) ONE(nearbyint) ONE(fabs) ONE(logb) ONE(erf) ONE(erfc) ONE(tgamma)
  ONE(lgamma)
  TWO(pow) TWO(atan2) TWO(hypot) TWO(fmod) TWO(remainder) TWO(fmax) TWO(fmin) TWO(fdim)
  TWO(copysign) TWO(nextafter)
  for (size_t i = 0; i < NSPECIAL; i++) {
    ref_puts("ilogb/frexp/modf(");
    show(specials[i]);
    ref_puts(") = ");
    int e = 0;
    double fr = frexp(specials[i], &e);
    double ip;
    double fp = modf(specials[i], &ip);
    if (!isnan(specials[i]) && !isinf(specials[i]) && specials[i] != 0)
      ref_dec(ilogb(specials[i]));
    ref_puts(" ");
    show(fr);
    ref_puts(" ");
    if (!isnan(specials[i]) && !isinf(specials[i]))
      ref_dec(e);
    ref_puts(" ");
    show(fp);
    ref_puts(" ");
    show(ip);
    ref_puts(" ");
    show(ldexp(specials[i], 3));
    ref_puts(" ");
    show(scalbn(specials[i], -1080));
    ref_puts("\n");
  }
  for (size_t i = 0; i < NSPECIAL; i++)
    for (size_t j = 0; j < NSPECIAL; j++)
      for (size_t k = 0; k < NSPECIAL; k += 3) {
        ref_puts("fma(");
        show(specials[i]);
        ref_puts(", ");
        show(specials[j]);
        ref_puts(", ");
        show(specials[k]);
        ref_puts(") = ");
        show(fma(specials[i], specials[j], specials[k]));
        ref_puts("\n");
      }
  ref_flush();
  return 0;
}
