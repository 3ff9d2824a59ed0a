#!/usr/bin/env python3
"""Generates tests/libm/spot_values.h: arguments and correctly rounded
results (mpmath at 300 bits, then rounded once to the target precision) for
the spot accuracy checks of tests/libm/spot_test.c.

Usage: scripts/gen_libm_spot.py > tests/libm/spot_values.h
"""
import random
import mpmath
from mpmath import mp, mpf

mp.prec = 300
random.seed(20261129)

FUNCS = {
    'sin': mpmath.sin, 'cos': mpmath.cos, 'tan': mpmath.tan,
    'asin': mpmath.asin, 'acos': mpmath.acos, 'atan': mpmath.atan,
    'sinh': mpmath.sinh, 'cosh': mpmath.cosh, 'tanh': mpmath.tanh,
    'asinh': mpmath.asinh, 'acosh': mpmath.acosh, 'atanh': mpmath.atanh,
    'exp': mpmath.exp, 'exp2': lambda x: mpf(2) ** x, 'expm1': mpmath.expm1,
    'log': mpmath.log, 'log2': lambda x: mpmath.log(x, 2),
    'log10': mpmath.log10, 'log1p': mpmath.log1p, 'cbrt': mpmath.cbrt,
    'erf': mpmath.erf, 'erfc': mpmath.erfc, 'tgamma': mpmath.gamma,
    'lgamma': lambda x: mpmath.log(abs(mpmath.gamma(x))), 'sqrt': mpmath.sqrt,
    'atan2': mpmath.atan2, 'pow': lambda x, y: mpf(x) ** y,
    'hypot': mpmath.hypot,
}

# Domains: (lo, hi) for random arguments, plus hand-picked hard cases.
DOM = {
    'sin': (-100, 100, [1e22, 2.0**1023, 3.14159265358979, 1e-300, 6381956970095103 * 2.0**797]),
    'cos': (-100, 100, [1e22, 1e300, 1.5707963267948966, 1608.495438637974]),
    'tan': (-100, 100, [1.5707963267948966, 1e22, 1e200, -1.5707963267948966]),
    'asin': (-1, 1, [0.9999999999999999, -1e-10, 0.5]),
    'acos': (-1, 1, [0.9999999999999999, -0.9999999999999999, 1e-17]),
    'atan': (-10, 10, [1e300, 1e-300, 0.0625, 1.0000000000000002]),
    'sinh': (-20, 20, [710.4, 1e-9, 0.9999]),
    'cosh': (-20, 20, [-710.4, 1e-9, 0.9999]),
    'tanh': (-10, 10, [19.06, 1e-9, 0.55]),
    'asinh': (-10, 10, [1e300, 1e-9, -0.5]),
    'acosh': (1, 10, [1.0000000000000002, 1e300, 1.5]),
    'atanh': (-1, 1, [0.9999999999999999, 1e-9, -0.5]),
    'exp': (-700, 700, [-745.13, 709.78, 1e-10, 0.34657359027997264, -708.5]),
    'exp2': (-1000, 1000, [-1074.5, 1023.99, 0.5, -1022.5]),
    'expm1': (-5, 5, [1e-10, -0.3, 709.7, -37]),
    'log': (0, 100, [0.9999999999999999, 1.0000000000000002, 5e-324, 1e308]),
    'log2': (0, 100, [0.9999999999999999, 1.0000000000000002, 5e-324, 3]),
    'log10': (0, 100, [0.9999999999999999, 1.0000000000000002, 5e-324, 7]),
    'log1p': (-0.9, 10, [1e-300, -0.2928932188134524, 1e300, 0.4142135623730951]),
    'cbrt': (-1000, 1000, [5e-324, 1e308, -3]),
    'erf': (-5, 5, [1e-300, 0.84375, 0.5, 5.9]),
    'erfc': (-5, 27, [26.5, 0.25, 0.84375, -5.9, 10]),
    'tgamma': (-20, 170, [0.5, 1e-300, 171.6, -0.5, -170.5, 11.5]),
    'lgamma': (0, 1000, [0.5, 1e-300, 2.5e305, 3.5, 11.9, -2.5, -0.5]),
    'sqrt': (0, 1e10, [5e-324, 2, 1e308]),
}
# Hard cases for double and float only (long double's bounds differ):
# lgamma next to its zeros below -2, where the reflection formula cancels.
HARD_DF = {
    'lgamma': [float.fromhex('-0x1.5fb410a1bd901p+1'),
               float.fromhex('-0x1.3a7fc9600f86cp+1'), -3.1435808883499798,
               -5.0082181683225935, float.fromhex('-0x1.4086b5e9dc294p+2'),
               -7.000198333407325, -12.99999999983941],
}
# Hard cases for long double: next to multiples of pi/2 (the reduction
# cancels), either side of pi/4 (the kernels' edge), huge arguments.
HARD_L = {
    'sin': [mp.pi, 2 * mp.pi, 1000 * mp.pi, 2 ** 62 * mp.pi, mp.pi / 4,
            mpf(2) ** 16000, mpf(2) ** 64 - 1],
    'cos': [mp.pi / 2, 3 * mp.pi / 2, 1001 * mp.pi / 2, mp.pi / 4,
            3 * mp.pi / 4, mpf(2) ** 16383, mpf(10) ** 4000],
    # Worst cases of the earlier tanhl and atanhl (2.25 and 2.14 ulp).
    'tanh': [mpf(float.fromhex('-0xf.eb340322f78cp-5'))],
    'atanh': [-mpf(0xffbe19c30a7deb84) * mpf(2) ** -72],
}
DOM2 = {
    'atan2': ((-10, 10), (-10, 10), [(1e-300, 1e300), (1, -1e-300), (-3, -4)]),
    'pow': ((0, 10), (-30, 30), [(1.0000000000000002, 1e15), (0.5, 1074), (2, -1074.5),
                                 (-2, 3), (10, 308), (0.9999999999999999, -1e15)]),
    'hypot': ((-1e3, 1e3), (-1e3, 1e3), [(1e308, 1e308), (5e-324, 5e-324), (3, 4e-20)]),
}

PREC = {'d': 53, 'f': 24, 'l': 64}
EMIN = {'d': -1074, 'f': -149, 'l': -16445}


def rnd(v, t):
    """v rounded to nearest in format t (subnormals included)."""
    v = mpf(v)
    if v == 0 or not mpmath.isfinite(v):
        return v
    p = PREC[t]
    e = int(mpmath.floor(mpmath.log(abs(v), 2)))
    # guard against log rounding
    while abs(v) >= mpf(2) ** (e + 1):
        e += 1
    while abs(v) < mpf(2) ** e:
        e -= 1
    q = max(e - p + 1, EMIN[t])
    m = v / mpf(2) ** q
    n = mpmath.floor(m)
    r = m - n
    if r > 0.5 or (r == 0.5 and int(n) % 2 == 1):
        n += 1
    return n * mpf(2) ** q


def lit(v, t):
    v = mpf(v)
    if mpmath.isinf(v):
        return '-INFINITY' if v < 0 else 'INFINITY'
    if v == 0:
        return '0.0'
    s = '-' if v < 0 else ''
    v = abs(v)
    e = int(mpmath.floor(mpmath.log(v, 2)))
    while v >= mpf(2) ** (e + 1):
        e += 1
    while v < mpf(2) ** e:
        e -= 1
    m = int(v / mpf(2) ** (e - 64))
    suffix = {'d': '', 'f': 'f', 'l': 'L'}[t]
    return '%s0x%xp%+dL' % (s, m, e - 64) if t == 'l' else \
        '%s%s%s' % (s, float(mpf(m) * mpf(2) ** (e - 64)).hex(), suffix)


def args_for(t, lo, hi, extra, n=12):
    maxv = (2 - mpf(2) ** (1 - PREC[t])) * mpf(2) ** {'d': 1023, 'f': 127, 'l': 16383}[t]
    out = [rnd(mpf(random.uniform(lo, hi)), t) for _ in range(n)]
    for x in extra:
        x = rnd(mpf(x), t)
        if abs(x) <= maxv:
            out.append(x)
    return out


print('// Generated by scripts/gen_libm_spot.py: do not edit.')
for t, T in (('d', 'double'), ('f', 'float'), ('l', 'long double')):
    print('struct spot1_%s { const char *name; %s (*f)(%s); %s x, want; };'
          % (t, T, T, T))
    print('struct spot2_%s { const char *name; %s (*f)(%s, %s); %s x, y, want; };'
          % (t, T, T, T, T))
    sfx = {'d': '', 'f': 'f', 'l': 'l'}[t]
    print('static const struct spot1_%s spot1_%s[] = {' % (t, t))
    for name, (lo, hi, extra) in DOM.items():
        f = FUNCS[name]
        hard = HARD_DF.get(name, []) if t != 'l' else HARD_L.get(name, [])
        for x in args_for(t, lo, hi, extra + hard):
            if name in ('log', 'log2', 'log10', 'sqrt', 'tgamma', 'lgamma') and x <= 0 and name not in ('tgamma', 'lgamma'):
                continue
            if name in ('tgamma', 'lgamma') and x == mpmath.floor(x) and x <= 0:
                continue
            if name == 'acosh' and x < 1 or name in ('asin', 'acos', 'atanh') and abs(x) > 1:
                continue
            try:
                y = f(x)
            except (ValueError, ZeroDivisionError):
                continue
            if mpmath.im(y) != 0:
                continue
            y = rnd(mpmath.re(y), t)
            maxv = (2 - mpf(2) ** (1 - PREC[t])) * mpf(2) ** {'d': 1023, 'f': 127, 'l': 16383}[t]
            if abs(y) > maxv or (y == 0 and x != 0 and name not in ('sin', 'tan')):
                continue  # overflow and underflow are checked elsewhere
            print('  {"%s%s", %s%s, %s, %s},' % (name, sfx, name, sfx, lit(x, t), lit(y, t)))
    print('};')
    print('static const struct spot2_%s spot2_%s[] = {' % (t, t))
    for name, ((alo, ahi), (blo, bhi), extra) in DOM2.items():
        f = FUNCS[name]
        pairs = [(rnd(mpf(random.uniform(alo, ahi)), t), rnd(mpf(random.uniform(blo, bhi)), t))
                 for _ in range(12)]
        maxv = (2 - mpf(2) ** (1 - PREC[t])) * mpf(2) ** {'d': 1023, 'f': 127, 'l': 16383}[t]
        pairs += [(rnd(mpf(a), t), rnd(mpf(b), t)) for a, b in extra
                  if abs(rnd(mpf(a), t)) <= maxv and abs(rnd(mpf(b), t)) <= maxv]
        for x, y in pairs:
            if x == 0 and y == 0:
                continue
            r = f(x, y)
            if mpmath.im(r) != 0:
                continue
            r = rnd(mpmath.re(r), t)
            maxv = (2 - mpf(2) ** (1 - PREC[t])) * mpf(2) ** {'d': 1023, 'f': 127, 'l': 16383}[t]
            if abs(r) > maxv or r == 0:
                continue
            print('  {"%s%s", %s%s, %s, %s, %s},' % (name, sfx, name, sfx, lit(x, t), lit(y, t), lit(r, t)))
    print('};')
