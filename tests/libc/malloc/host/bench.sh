#!/bin/sh
# Runs each benchmark scenario REPS times per allocator (as separate
# processes) and prints the best time of each, then ratios to glibc/musl.
# Expects run.sh to have built bench_ca and bench_glibc (and bench_musl if
# musl-gcc is available).  Usage: bench.sh [builddir] [reps]
dir=${1:-$(cd "$(dirname "$0")/../../../.." && pwd)/build-malloc/host}
reps=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
if command -v musl-gcc >/dev/null && [ ! -x "$dir/bench_musl" ]; then
  musl-gcc -static -O2 -o "$dir/bench_musl" "$here/bench.c" -lpthread
fi
allocs="ca glibc"
[ -x "$dir/bench_musl" ] && allocs="$allocs musl"
for k in 1 2 3 4 5 6 7 8 9 10; do
  line=""
  for a in $allocs; do
    best=$(for r in $(seq "$reps"); do "$dir/bench_$a" $k; done |
      awk '{print $(NF-1)}' | sort -g | head -1)
    line="$line $a=$best"
  done
  name=$("$dir/bench_ca" -$k)
  echo "$k $name|$line" | awk -F'|' '{
    n = split($2, f, " "); out = sprintf("%-26s", $1)
    for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2];
      out = out sprintf(" %s %8.1f", kv[1], kv[2]) }
    out = out sprintf("   ca/glibc %.2f", v["ca"] / v["glibc"])
    if ("musl" in v) out = out sprintf("  ca/musl %.2f", v["ca"] / v["musl"])
    print out }'
done
