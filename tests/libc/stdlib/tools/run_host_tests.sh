#!/bin/sh
# Builds the stdlib target tests natively, linking the project's sources
# (with renamed symbols) and runs them against glibc's headers.
set -e
cd "$(dirname "$0")"
M=/work/main
FUNCS="strtod strtof strtold strtod_l strtof_l strtold_l atof atoi atol atoll strtol strtoll strtoul strtoull strtol_l strtoll_l strtoul_l strtoull_l strtoimax strtoumax strtoimax_l strtoumax_l imaxabs imaxdiv abs labs llabs div ldiv lldiv qsort qsort_r bsearch rand random drand48 erand48 jrand48 lrand48 mrand48 nrand48 arc4random arc4random_buf arc4random_uniform a64l l64a_r getsubopt"
D=""; for f in $FUNCS; do D="$D -D$f=my_$f"; done
SRCS=""; for f in $M/libc/stdlib/*.c $M/libc/inttypes/*.c; do
  b=$(basename $f .c)
  case " $FUNCS strtofloat_scan strtofloat_convert arc4random_fill rand48_shared " in *" $b "*) SRCS="$SRCS $f";; esac
done
for t in strtod strtol qsort rand misc; do
  clang -O2 -w -fno-builtin -include shim/host_decls.h -Ishim -I$M/libc/internal -I$M/tests/harness -I$M/tests/libc/stdlib $D \
    $M/tests/libc/stdlib/${t}_test.c $SRCS shim/random_get.c host_harness.c -lm -o host_${t}_test
  echo "== $t"; ./host_${t}_test
done
