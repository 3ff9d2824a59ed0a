// Reads arguments (binary) from standard input and writes the results of
// one function of the libm this program is linked with (glibc's, musl's or
// ours, whose symbols carry the prefix cab_ when built with -DCAB).
//   evaluate NAME TYPE(d|f|l) < args > results
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "funcs.h"

#ifdef CAB
#define P(f) cab_##f
#define DECL(name, n, m, d1, d2) DECL##n(name)
#define DECL1(g)                 \
  double P(g)(double);           \
  float P(g##f)(float);          \
  long double P(g##l)(long double);
#define DECL2(g)                                \
  double P(g)(double, double);                  \
  float P(g##f)(float, float);                  \
  long double P(g##l)(long double, long double);
#define DECL3(g)                                               \
  double P(g)(double, double, double);                         \
  float P(g##f)(float, float, float);                          \
  long double P(g##l)(long double, long double, long double);
LIBM_FUNCS(DECL)
// Weak, so that the tool still builds while a function is missing (its
// evaluator then fails and the table shows nan).
#define DECLD(name, n, m, d1, d2) DECLD##n(name)
#define DECLD1(g) __attribute__((weak)) double P(g)(double);
#define DECLD4(g) __attribute__((weak)) double P(g)(int, double);
LIBM_FUNCS_DOUBLE(DECLD)
#else
#define P(f) f
#endif

#define CASE(name, n, m, d1, d2)                          \
  if (strcmp(fn, #name) == 0) {                           \
    if (t == 'd') {                                       \
      double a[3], r;                                     \
      while (fread(a, sizeof(double), n, stdin) == n) {   \
        r = CALL##n(P(name), a);                          \
        fwrite(&r, sizeof r, 1, stdout);                  \
      }                                                   \
    } else if (t == 'f') {                                \
      float a[3], r;                                      \
      while (fread(a, sizeof(float), n, stdin) == n) {    \
        r = CALL##n(P(name##f), a);                       \
        fwrite(&r, sizeof r, 1, stdout);                  \
      }                                                   \
    } else {                                              \
      long double a[3], r;                                \
      while (fread(a, sizeof(long double), n, stdin) == n) { \
        r = CALL##n(P(name##l), a);                       \
        fwrite(&r, sizeof r, 1, stdout);                  \
      }                                                   \
    }                                                     \
    return 0;                                             \
  }
// Double-only functions; arity 4 is (int n, double x), n passed as a double.
#define CASED(name, n, m, d1, d2)                                  \
  if (strcmp(fn, #name) == 0 && t == 'd') {                        \
    if (&P(name) == NULL)                                          \
      return 3;                                                    \
    double a[3], r;                                                \
    while (fread(a, sizeof(double), ARGS##n, stdin) == ARGS##n) {  \
      r = CALL##n(P(name), a);                                     \
      fwrite(&r, sizeof r, 1, stdout);                             \
    }                                                              \
    return 0;                                                      \
  }
#define ARGS1 1
#define ARGS4 2
#define CALL4(f, a) f((int)a[0], a[1])
#define CALL1(f, a) f(a[0])
#define CALL2(f, a) f(a[0], a[1])
#define CALL3(f, a) f(a[0], a[1], a[2])

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  const char *fn = argv[1];
  char t = argv[2][0];
  LIBM_FUNCS(CASE)
  LIBM_FUNCS_DOUBLE(CASED)
  return 1;
}
