#ifndef LIBC_MATH_TD_H
#define LIBC_MATH_TD_H

#include "math_impl.h"

// Triple-double arithmetic: a value is v[0] + v[1] + v[2] with the parts
// decreasing and roughly non-overlapping, good to about 2^-150 relative to
// the larger operand.  Only for rare slow paths (jn and yn next to a zero of
// the result): clarity over speed.
typedef struct {
  double v[3];
} td_t;

static inline td_t td_make(double h, double m, double l) {
  td_t r = {{h, m, l}};
  return r;
}

// Three parts with |a| > |b| > |c| roughly (some overlap allowed) as a
// normalized triple.
static inline td_t td_renorm(double a, double b, double c) {
  double s, e, t, f;
  two_sum(b, c, &t, &f);
  two_sum(a, t, &s, &e);
  two_sum(e, f, &t, &f);
  two_sum(s, t, &s, &e);
  two_sum(e, f, &t, &f);
  return td_make(s, t, f);
}

static inline td_t td_add(td_t a, td_t b) {
  double s0, e0, s1, e1, s2, e2, t1, f1;
  two_sum(a.v[0], b.v[0], &s0, &e0);
  two_sum(a.v[1], b.v[1], &s1, &e1);
  two_sum(a.v[2], b.v[2], &s2, &e2);
  two_sum(s1, e0, &t1, &f1);
  // The terms below t1 are of size 2^-106 of the operands: one rounding
  // each costs about 2^-159.
  return td_renorm(s0, t1, f1 + e1 + s2 + e2);
}

static inline td_t td_neg(td_t a) {
  return td_make(-a.v[0], -a.v[1], -a.v[2]);
}

static inline td_t td_sub(td_t a, td_t b) { return td_add(a, td_neg(b)); }

static inline td_t td_mul(td_t a, td_t b) {
  double p0, e0, p1, e1, p2, e2, t1, u, v;
  two_prod(a.v[0], b.v[0], &p0, &e0);
  two_prod(a.v[0], b.v[1], &p1, &e1);
  two_prod(a.v[1], b.v[0], &p2, &e2);
  two_sum(p1, p2, &t1, &u);
  two_sum(t1, e0, &t1, &v);
  // Terms of size 2^-106 of the product, in plain doubles.
  double w = u + v + e1 + e2 + a.v[0] * b.v[2] + a.v[1] * b.v[1] +
             a.v[2] * b.v[0];
  return td_renorm(p0, t1, w);
}

static inline td_t td_mul_d(td_t a, double d) {
  return td_mul(a, td_make(d, 0, 0));
}

// a / b by three steps of long division.
static inline td_t td_div(td_t a, td_t b) {
  double q0 = a.v[0] / b.v[0];
  td_t r = td_sub(a, td_mul_d(b, q0));
  double q1 = r.v[0] / b.v[0];
  r = td_sub(r, td_mul_d(b, q1));
  double q2 = r.v[0] / b.v[0];
  return td_renorm(q0, q1, q2);
}

static inline td_t td_div_d(td_t a, double d) {
  return td_div(a, td_make(d, 0, 0));
}

// Rounded to a double (the parts are non-overlapping: the sum of the lower
// two decides the rounding of the first).
static inline double td_to_double(td_t a) {
  return a.v[0] + (a.v[1] + a.v[2]);
}

#endif
