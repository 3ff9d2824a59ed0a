// <sys/mman.h>: memory mappings and anonymous shared memory.
//
// Omitted, and why:
//   shm_unlink and named shared memory: shm_open() accepts only SHM_ANON,
//   which creates an anonymous object reachable only through its
//   descriptor; there is no global name space of objects (global-ipc).
//   mlock, mlockall, munlock, munlockall, MCL_*: need privileges
//   (privileged).
//   posix_typed_mem_open, posix_typed_mem_get_info, posix_mem_offset:
//   no typed memory (n/a).
//
// Notes:
//   PROT_*, MAP_*, MS_* and the advice values equal CloudABI's.  Exactly
//   one of MAP_PRIVATE and MAP_SHARED must be given.  MAP_ANON ignores fd (pass
//   -1) and needs offset 0.  W^X is enforced: PROT_WRITE
//   together with PROT_EXEC fails with ENOTSUP, in mmap() and mprotect().
//   Mapping a descriptor needs its MEM_MAP right, plus FD_READ for
//   PROT_READ, FD_WRITE for a shared writable mapping and MEM_MAP_EXEC for
//   PROT_EXEC; a missing right gives EACCES.
//   shm_open(SHM_ANON, O_RDWR or O_RDONLY, mode): a new shared memory object
//   of size 0 (grow it with ftruncate()); O_RDONLY drops the right to write
//   it.  O_CREAT, O_EXCL and O_TRUNC are accepted and mean nothing for an
//   anonymous object; mode is ignored (no permission bits).  Any other name
//   fails with EINVAL.
//   madvise() is provided besides posix_madvise(); both only give hints.
#ifndef _SYS_MMAN_H_
#define _SYS_MMAN_H_

#include <_/posix_types.h>

#ifndef _MODE_T_DECLARED
#define _MODE_T_DECLARED
typedef __mode_t mode_t;
#endif
#ifndef _OFF_T_DECLARED
#define _OFF_T_DECLARED
typedef __off_t off_t;
#endif

#define PROT_NONE 0x0
#define PROT_EXEC 0x1
#define PROT_WRITE 0x2
#define PROT_READ 0x4

#define MAP_ANON 0x1
#define MAP_ANONYMOUS MAP_ANON
#define MAP_FIXED 0x2
#define MAP_PRIVATE 0x4
#define MAP_SHARED 0x8
#define MAP_FAILED ((void *)-1)

#define MS_ASYNC 0x1
#define MS_INVALIDATE 0x2
#define MS_SYNC 0x4

#define POSIX_MADV_DONTNEED 1
#define POSIX_MADV_NORMAL 3
#define POSIX_MADV_RANDOM 4
#define POSIX_MADV_SEQUENTIAL 5
#define POSIX_MADV_WILLNEED 6
#define MADV_DONTNEED POSIX_MADV_DONTNEED
#define MADV_NORMAL POSIX_MADV_NORMAL
#define MADV_RANDOM POSIX_MADV_RANDOM
#define MADV_SEQUENTIAL POSIX_MADV_SEQUENTIAL
#define MADV_WILLNEED POSIX_MADV_WILLNEED

#define SHM_ANON ((const char *)1)

_CLOUDLIBC_BEGIN
int madvise(void *, size_t, int);
void *mmap(void *, size_t, int, int, int, off_t);
int mprotect(void *, size_t, int);
int msync(void *, size_t, int);
int munmap(void *, size_t);
int posix_madvise(void *, size_t, int);
int shm_open(const char *, int, mode_t);
_CLOUDLIBC_END

#endif
