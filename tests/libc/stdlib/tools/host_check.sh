#!/bin/sh
# Host verification of the <stdlib.h> conversions against glibc.  Builds the
# project's sources natively with renamed symbols (my_strtod, ...) into
# build-stdlib/host and runs:
#   - the CloudABI stdlib tests, natively (shim/ stands in for the harness
#     and random_get),
#   - fuzz_strtod: N random and adversarial strings (printf'ed doubles,
#     random digits and exponents, exact halfway points +- perturbations,
#     boundary cases, hex floats, syntax torture, inputs of up to 1200
#     digits), comparing bits, errno and endptr of strtod/strtof/strtold,
#   - the long double halfway cases of gen_ld_half.py (up to 11530 digits),
#   - fuzz_strtol (strto{l,ll,ul,ull,imax,umax}) and bench_qsort.
# Usage: host_check.sh [number of strtod cases]
set -e
T=$(cd "$(dirname "$0")" && pwd)
M=$(cd "$T/../../../.." && pwd)
B=$M/build-stdlib/host
N=${1:-200000}
mkdir -p "$B" && cd "$B"
FUNCS="strtod strtof strtold strtod_l strtof_l strtold_l atof atoi atol atoll strtol strtoll strtoul strtoull strtol_l strtoll_l strtoul_l strtoull_l strtoimax strtoumax strtoimax_l strtoumax_l imaxabs imaxdiv abs labs llabs div ldiv lldiv qsort qsort_r bsearch rand random drand48 erand48 jrand48 lrand48 mrand48 nrand48 arc4random arc4random_buf arc4random_uniform a64l l64a_r getsubopt"
D=""; for f in $FUNCS; do D="$D -D$f=my_$f"; done
SRCS=""
for f in $M/libc/stdlib/*.c $M/libc/inttypes/*.c; do
  b=$(basename $f .c)
  case " $FUNCS strtofloat_scan strtofloat_convert arc4random_fill rand48_shared " in
    *" $b "*) SRCS="$SRCS $f";;
  esac
done
CF="-O2 -w -fno-builtin -include $T/shim/host_decls.h -I$T/shim -I$M/libc/internal"
for t in strtod strtol qsort rand misc; do
  clang $CF -I$M/tests/harness -I$M/tests/libc/stdlib $D $M/tests/libc/stdlib/${t}_test.c \
    $SRCS $T/shim/random_get.c $T/shim/host_harness.c -lm -o host_${t}_test
  echo "== $t"; ./host_${t}_test
done
# The comparison programs call both glibc's functions and the renamed
# ones, so only the project's sources get the renaming.
rm -rf objs && mkdir objs
for f in $SRCS; do clang $CF $D -c $f -o objs/$(basename $f .c).o; done
TF="-O2 -w -D_GNU_SOURCE"
clang $TF $T/fuzz_strtod.c objs/*.o $T/shim/random_get.c -lm -o fuzz_strtod
clang $TF $T/fuzz_strtol.c objs/*.o $T/shim/random_get.c -o fuzz_strtol
clang $TF $T/ldcheck.c objs/*.o $T/shim/random_get.c -o ldcheck
clang $TF $T/bench_qsort.c objs/*.o $T/shim/random_get.c -lm -o bench_qsort
clang $TF $T/bench_strtod.c objs/*.o $T/shim/random_get.c -o bench_strtod
./fuzz_strtod "$N"
./fuzz_strtod 0 99 < $T/strtod_cases.txt
python3 $T/gen_ld_half.py 2000 1 | ./ldcheck && echo "long double halfway cases: $(wc -l < ld_fail.txt) differences from glibc (see ld_fail.txt)"
./fuzz_strtol 200000
./bench_qsort
./bench_strtod
