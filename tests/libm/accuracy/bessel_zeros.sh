#!/bin/sh
# Targeted accuracy search of jn and yn (and j0, j1, y0, y1) next to the
# zeros of J_n and Y_n against MPFR (bessel_zeros.c).
#   tests/libm/accuracy/bessel_zeros.sh [NMAX [NZEROS [K]]]
# Defaults: n = 0..60, the first 50 zeros of each function, 2 doubles on
# either side of the one nearest to each zero (plus points about 2^3..2^40
# ulps away): about 500,000 arguments, some 15 minutes on one core.
# Needs clang and libmpfr-dev.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
"$here/build_ours.sh" "$w"
cc -O2 -o "$w/bessel_zeros" "$here/bessel_zeros.c" "$w/shim.c" "$w/cab.o" \
  -lmpfr -lgmp -lm
"$w/bessel_zeros" "${1:-60}" "${2:-50}" "${3:-2}"
