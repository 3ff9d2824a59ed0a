#!/bin/sh
# Compiles libc/{wchar,wctype,uchar,locale,langinfo} and the multibyte part
# of libc/stdlib for the host (clang-14, CloudABI target code with every
# symbol prefixed my_), links them with compare.c and runs the comparison
# with glibc.  Usage: tests/libc/wchar/host/run.sh [WORKDIR]
set -e
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
WORK=${1:-$ROOT/build-wchar/host}
mkdir -p "$WORK/obj"
rm -f "$WORK"/obj/*.o
cd "$ROOT"
for f in libc/wchar/*.c libc/wctype/*.c libc/uchar/*.c libc/locale/*.c \
         libc/langinfo/*.c libc/stdlib/mb*.c libc/stdlib/wc*.c \
         libc/stdlib/MB*.c; do
  o=$WORK/obj/$(basename "$f" .c).o
  clang-14 --target=x86_64-unknown-cloudabi -nostdinc \
    -isystem "$(clang-14 -print-resource-dir)/include" -isystem headers \
    -I libc/internal -O2 -ffreestanding -fno-strict-aliasing \
    -fno-sanitize=safe-stack -fno-stack-protector -c "$f" -o "$o"
  objcopy --prefix-symbols=my_ "$o"
done
ld -r -o "$WORK/mine.o" "$WORK"/obj/*.o
cc -O2 -w tests/libc/wchar/host/compare.c "$WORK/mine.o" -o "$WORK/compare"
"$WORK/compare"
