#!/bin/sh
# Builds the allocator natively with its public names prefixed by ca_ and
# runs the host stress tests and benchmark.  Usage: run.sh [builddir]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
out=${1:-$root/build-malloc/host}
mkdir -p "$out"
CC=${CC:-cc}
rename="-Dmalloc=ca_malloc -Dfree=ca_free -Dcalloc=ca_calloc -Drealloc=ca_realloc \
 -Dreallocarray=ca_reallocarray -Dposix_memalign=ca_posix_memalign \
 -Daligned_alloc=ca_aligned_alloc -Dmalloc_usable_size=ca_malloc_usable_size"
flags="-std=gnu11 -O2 -g -ffreestanding -fno-strict-aliasing -Wall -Wextra -Wno-unused-parameter -I$root/libc/internal"
srcs=$(ls "$root"/libc/malloc/*.c | grep -v '/malloc_os\.c$')
rm -f "$out"/*.o "$out/libca.a"
for f in $srcs "$here/malloc_os_host.c"; do
  $CC $flags $rename -c "$f" -o "$out/$(basename "$f" .c).o"
done
ar rcs "$out/libca.a" "$out"/*.o
$CC -std=gnu11 -O2 -g -Wall -Wextra -I$root/libc/internal $rename -Wno-alloc-size-larger-than -o "$out/stress" \
  "$here/stress.c" "$out/libca.a" -lpthread
$CC -std=gnu11 -O2 -g -Wall -Wextra -o "$out/bench_ca" -DPREFIX=ca_ "$here/bench.c" "$out/libca.a" -lpthread
$CC -std=gnu11 -O2 -g -Wall -Wextra -o "$out/bench_glibc" "$here/bench.c" -lpthread
echo "built in $out"
