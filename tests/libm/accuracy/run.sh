#!/bin/sh
# Builds the evaluators (our libm compiled natively with its symbols
# prefixed by cab_, musl's libm, glibc's libm) and the MPFR tool, measures
# every function and writes docs/libm-accuracy.md.
#   tests/libm/accuracy/run.sh [N]     (N arguments per domain, default 500000,
#                                      i.e. a million random ones per row)
# LIBM_ACCURACY_ONLY=exp,expf,j0 measures only those rows; the table then
# goes to standard output (or LIBM_ACCURACY_OUT) and the document is kept.
# Needs clang, musl-gcc and libmpfr-dev (apt-get install -y libmpfr-dev).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
n=${1:-500000}
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
"$here/build_ours.sh" "$w"
clang -O2 -DCAB -o "$w/eval-cab" "$here/evaluate.c" "$w/shim.c" "$w/cab.o"
gcc -O2 -fno-builtin -o "$w/eval-glibc" "$here/evaluate.c" -lm
musl-gcc -O2 -fno-builtin -static -o "$w/eval-musl" "$here/evaluate.c"
gcc -O2 -fopenmp -o "$w/accuracy" "$here/accuracy.c" -lmpfr -lgmp -lm
"$w/accuracy" "$w" "$n" "$w/table.md"
if [ -n "${LIBM_ACCURACY_OUT:-}" ]; then
  cp "$w/table.md" "$LIBM_ACCURACY_OUT"
  echo "wrote $LIBM_ACCURACY_OUT"
  exit 0
fi
if [ -n "${LIBM_ACCURACY_ONLY:-}" ]; then
  exit 0
fi
out="$root/docs/libm-accuracy.md"
mkdir -p "$root/docs"
{
  sed -n '1,/^<!-- table -->$/p' "$out" 2>/dev/null || true
  cat "$w/table.md"
} > "$w/doc.md"
grep -q '^<!-- table -->$' "$w/doc.md" || { echo '<!-- table -->'; cat "$w/table.md"; } > "$w/doc.md"
cp "$w/doc.md" "$out"
echo "wrote $out"
