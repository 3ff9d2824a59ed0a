// Memory system calls: mem_*.
#define _GNU_SOURCE
#include <stdbool.h>
#include <stdint.h>
#include <sys/mman.h>

#include "errno_map.h"
#include "fd_table.h"
#include "guest_mem.h"
#include "syscalls.h"

#define KNOWN_PROT (CLOUDABI_PROT_EXEC | CLOUDABI_PROT_WRITE | CLOUDABI_PROT_READ)

// Checks W^X and unknown bits; converts to host PROT_*.
static cloudabi_errno_t prot_to_host(cloudabi_mprot_t prot, int *host) {
  if ((prot & ~KNOWN_PROT) != 0)
    return CLOUDABI_ENOTSUP;
  if ((prot & CLOUDABI_PROT_WRITE) && (prot & CLOUDABI_PROT_EXEC))
    return CLOUDABI_ENOTSUP;
  *host = ((prot & CLOUDABI_PROT_READ) ? PROT_READ : 0) |
          ((prot & CLOUDABI_PROT_WRITE) ? PROT_WRITE : 0) |
          ((prot & CLOUDABI_PROT_EXEC) ? PROT_EXEC : 0);
  return 0;
}

cloudabi_errno_t sys_mem_map(void *addr, size_t len, cloudabi_mprot_t prot, cloudabi_mflags_t flags,
                             cloudabi_fd_t fd, cloudabi_filesize_t off, void **mem) {
  int hprot;
  cloudabi_errno_t err = prot_to_host(prot, &hprot);
  if (err != 0)
    return err;
  const cloudabi_mflags_t known =
      CLOUDABI_MAP_ANON | CLOUDABI_MAP_FIXED | CLOUDABI_MAP_PRIVATE | CLOUDABI_MAP_SHARED;
  if ((flags & ~known) != 0)
    return CLOUDABI_EINVAL;
  bool private_map = (flags & CLOUDABI_MAP_PRIVATE) != 0;
  bool shared_map = (flags & CLOUDABI_MAP_SHARED) != 0;
  if (private_map == shared_map)
    return CLOUDABI_EINVAL;
  if (off > (cloudabi_filesize_t)INT64_MAX)
    return CLOUDABI_EINVAL;
  int hflags = shared_map ? MAP_SHARED : MAP_PRIVATE;
  if (flags & CLOUDABI_MAP_FIXED)
    hflags |= MAP_FIXED;

  void *result;
  if (flags & CLOUDABI_MAP_ANON) {
    if (fd != CLOUDABI_MAP_ANON_FD || off != 0)
      return CLOUDABI_EINVAL;
    result = mmap(addr, len, hprot, hflags | MAP_ANONYMOUS, -1, 0);
    if (result == MAP_FAILED)
      return errno_current();
  } else {
    // Reading needs FD_READ, executing MEM_MAP_EXEC; writing needs FD_WRITE
    // only when the writes reach the object (shared mappings).
    cloudabi_rights_t need = CLOUDABI_RIGHT_MEM_MAP;
    if (prot & CLOUDABI_PROT_READ)
      need |= CLOUDABI_RIGHT_FD_READ;
    if ((prot & CLOUDABI_PROT_WRITE) && shared_map)
      need |= CLOUDABI_RIGHT_FD_WRITE;
    if (prot & CLOUDABI_PROT_EXEC)
      need |= CLOUDABI_RIGHT_MEM_MAP_EXEC;
    struct fd_entry e;
    err = fd_table_get(fd, need, 0, &e);
    if (err != 0)
      return err;
    result = mmap(addr, len, hprot, hflags, e.object->host_fd, (off_t)off);
    err = result == MAP_FAILED ? errno_current() : 0;
    fd_object_unref(e.object);
    if (err != 0)
      return err;
  }
  err = guest_copy_out(mem, &result, sizeof(result));
  if (err != 0)
    munmap(result, len);
  return err;
}

cloudabi_errno_t sys_mem_unmap(void *mapping, size_t mapping_len) {
  return munmap(mapping, mapping_len) == 0 ? 0 : errno_current();
}

cloudabi_errno_t sys_mem_protect(void *mapping, size_t mapping_len, cloudabi_mprot_t prot) {
  int hprot;
  cloudabi_errno_t err = prot_to_host(prot, &hprot);
  if (err != 0)
    return err;
  return mprotect(mapping, mapping_len, hprot) == 0 ? 0 : errno_current();
}

cloudabi_errno_t sys_mem_advise(void *mapping, size_t mapping_len, cloudabi_advice_t advice) {
  int a;
  switch (advice) {
    // Linux MADV_DONTNEED throws data away; the CloudABI advice is only a
    // hint, so it becomes the non-destructive MADV_COLD.
    case CLOUDABI_ADVICE_DONTNEED: a = MADV_COLD; break;
    case CLOUDABI_ADVICE_NOREUSE: a = MADV_NORMAL; break;
    case CLOUDABI_ADVICE_NORMAL: a = MADV_NORMAL; break;
    case CLOUDABI_ADVICE_RANDOM: a = MADV_RANDOM; break;
    case CLOUDABI_ADVICE_SEQUENTIAL: a = MADV_SEQUENTIAL; break;
    case CLOUDABI_ADVICE_WILLNEED: a = MADV_WILLNEED; break;
    default: return CLOUDABI_EINVAL;
  }
  return madvise(mapping, mapping_len, a) == 0 ? 0 : errno_current();
}

cloudabi_errno_t sys_mem_sync(void *mapping, size_t mapping_len, cloudabi_msflags_t flags) {
  const cloudabi_msflags_t known = CLOUDABI_MS_ASYNC | CLOUDABI_MS_INVALIDATE | CLOUDABI_MS_SYNC;
  if ((flags & ~known) != 0)
    return CLOUDABI_EINVAL;
  bool async = (flags & CLOUDABI_MS_ASYNC) != 0, sync = (flags & CLOUDABI_MS_SYNC) != 0;
  if (async == sync)
    return CLOUDABI_EINVAL;
  int h = (async ? MS_ASYNC : MS_SYNC) | ((flags & CLOUDABI_MS_INVALIDATE) ? MS_INVALIDATE : 0);
  return msync(mapping, mapping_len, h) == 0 ? 0 : errno_current();
}
