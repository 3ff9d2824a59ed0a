// The functions measured by the accuracy tool: X(name, arity, mpfr
// function, domain 1, domain 2).  A domain is "lo hi" (uniform) or "bits"
// (random finite bit patterns) or "bits+" (positive ones).  LIBM_FUNCS are
// measured in double, float and long double; LIBM_FUNCS_DOUBLE only in
// double (the XSI Bessel functions).  Arity 4 means (int n, x), with n
// drawn uniformly from [-4, 40] (MPFR is slow for
// Bessel functions of large arguments below its asymptotic range, hence
// the bound of 600).
#define LIBM_FUNCS(X)                                    \
  X(sin, 1, mpfr_sin, "-10 10", "bits")                  \
  X(cos, 1, mpfr_cos, "-10 10", "bits")                  \
  X(tan, 1, mpfr_tan, "-10 10", "bits")                  \
  X(asin, 1, mpfr_asin, "-1 1", "-1e-3 1e-3")            \
  X(acos, 1, mpfr_acos, "-1 1", "0.99 1")                \
  X(atan, 1, mpfr_atan, "-4 4", "bits")                  \
  X(atan2, 2, mpfr_atan2, "-10 10", "bits")              \
  X(sinh, 1, mpfr_sinh, "-2 2", "-710 710")              \
  X(cosh, 1, mpfr_cosh, "-2 2", "-710 710")              \
  X(tanh, 1, mpfr_tanh, "-2 2", "-20 20")                \
  X(asinh, 1, mpfr_asinh, "-2 2", "bits")                \
  X(acosh, 1, mpfr_acosh, "1 3", "bits+")                \
  X(atanh, 1, mpfr_atanh, "-1 1", "-0.01 0.01")          \
  X(exp, 1, mpfr_exp, "-1 1", "-745 710")                \
  X(exp2, 1, mpfr_exp2, "-1 1", "-1075 1024")            \
  X(expm1, 1, mpfr_expm1, "-1 1", "-40 710")             \
  X(log, 1, mpfr_log, "0.5 2", "bits+")                  \
  X(log2, 1, mpfr_log2, "0.5 2", "bits+")                \
  X(log10, 1, mpfr_log10, "0.5 2", "bits+")              \
  X(log1p, 1, mpfr_log1p, "-0.5 1", "bits+")             \
  X(pow, 2, mpfr_pow, "pow1", "pow2")                    \
  X(sqrt, 1, mpfr_sqrt, "bits+", "0 4")                  \
  X(cbrt, 1, mpfr_cbrt, "-8 8", "bits")                  \
  X(hypot, 2, mpfr_hypot, "-10 10", "bits")              \
  X(erf, 1, mpfr_erf, "-3 3", "-6 6")                    \
  X(erfc, 1, mpfr_erfc, "-3 3", "-6 28")                 \
  X(tgamma, 1, mpfr_gamma, "0 10", "-20 171")            \
  X(lgamma, 1, mpfr_lgamma_, "0 10", "-20 1000")         \
  X(fmod, 2, mpfr_fmod, "-10 10", "bits")                \
  X(remainder, 2, mpfr_remainder, "-10 10", "bits")      \
  X(rint, 1, mpfr_rint, "-1e6 1e6", "bits")              \
  X(fma, 3, mpfr_fma, "-10 10", "bits")

#define LIBM_FUNCS_DOUBLE(X)                             \
  X(j0, 1, mpfr_j0, "-40 40", "bits")                    \
  X(j1, 1, mpfr_j1, "-40 40", "bits")                    \
  X(y0, 1, mpfr_y0, "0 40", "bits+")                     \
  X(y1, 1, mpfr_y1, "0 40", "bits+")                     \
  X(jn, 4, mpfr_jn, "-40 40", "-600 600")                  \
  X(yn, 4, mpfr_yn, "0 40", "0 600")  
