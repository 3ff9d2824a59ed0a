#!/bin/sh
# Compiles our libm natively into DIR/cab.o with its symbols prefixed by
# cab_, plus DIR/shim.c (the two libc symbols it needs, from the host).
# Used by run.sh and bessel_zeros.sh.
#   tests/libm/accuracy/build_ours.sh DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
w=$1
mkdir -p "$w/obj"
for f in "$root"/libc/math/*.c; do
  clang -c -O2 -ffreestanding -fno-builtin -fno-strict-aliasing -w \
    -I"$root/libc/internal" -o "$w/obj/$(basename "$f" .c).o" "$f"
done
ld -r -o "$w/cab.o" "$w"/obj/*.o
objcopy --prefix-symbols=cab_ "$w/cab.o"
cat > "$w/shim.c" <<'SHIM'
#include <errno.h>
#include <stdlib.h>
int *cab___errno_location(void) { return __errno_location(); }
unsigned long long cab_strtoull(const char *s, char **e, int b) {
  return strtoull(s, e, b);
}
SHIM
