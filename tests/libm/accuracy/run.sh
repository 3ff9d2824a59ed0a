#!/bin/sh
# Measures every function of our libm, musl's and glibc's against GNU MPFR
# on the same arguments and writes docs/libm-accuracy.md.
#   tests/libm/accuracy/run.sh [N]     (N arguments per domain, default 500000,
#                                      i.e. a million random ones per row)
# Our column is the CloudABI build: evaluate.c compiled with the SDK's
# x86_64-unknown-cloudabi-cc against its libc.a and run under cloudabi-run
# (arguments in on standard input, results out on standard output, both
# granted with --stdio).  The SDK is LIBM_ACCURACY_SDK, else out/sdk (from
# `scripts/bootstrap.py`), else build/sdk.
# LIBM_ACCURACY_NATIVE=1 instead compiles libc/math/*.c natively with its
# symbols prefixed by cab_ (no SDK needed; for quick iterations on libm).
# LIBM_ACCURACY_ONLY=exp,expf,j0 measures only those rows; the table then
# goes to standard output (or LIBM_ACCURACY_OUT) and the document is kept.
# Needs clang, musl-gcc and libmpfr-dev (apt-get install -y libmpfr-dev).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
n=${1:-500000}
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
if [ -n "${LIBM_ACCURACY_NATIVE:-}" ]; then
  "$here/build_ours.sh" "$w"
  clang -O2 -DCAB -o "$w/eval-cab" "$here/evaluate.c" "$w/shim.c" "$w/cab.o"
  echo "ours: libc/math compiled natively (LIBM_ACCURACY_NATIVE)" >&2
else
  sdk=${LIBM_ACCURACY_SDK:-}
  if [ -z "$sdk" ]; then
    for d in "$root/out/sdk" "$root/build/sdk"; do
      if [ -x "$d/bin/cloudabi-run" ]; then sdk=$d; break; fi
    done
  fi
  if [ -z "$sdk" ] || [ ! -x "$sdk/bin/x86_64-unknown-cloudabi-cc" ] ||
     [ ! -x "$sdk/bin/cloudabi-run" ]; then
    echo "run.sh: no SDK found (out/sdk, build/sdk); build it with" \
      "'python3 scripts/bootstrap.py', set LIBM_ACCURACY_SDK=DIR, or set" \
      "LIBM_ACCURACY_NATIVE=1" >&2
    exit 1
  fi
  "$sdk/bin/x86_64-unknown-cloudabi-cc" -O2 -fno-builtin \
    -o "$w/eval-cloudabi" "$here/evaluate.c"
  # The evaluator's interface stays "eval-cab NAME TYPE < args > results".
  cat > "$w/eval-cab" <<EVAL
#!/bin/sh
exec "$sdk/bin/cloudabi-run" --stdio --arg "\$1" --arg "\$2" "$w/eval-cloudabi"
EVAL
  chmod +x "$w/eval-cab"
  echo "ours: $w/eval-cloudabi built with $sdk, run under cloudabi-run" >&2
fi
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
