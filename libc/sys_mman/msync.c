#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/mman.h>

int msync(void *addr, size_t len, int flags) {
  // Exactly one of MS_ASYNC and MS_SYNC, optionally MS_INVALIDATE.
  if ((flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) != 0 ||
      ((flags & MS_ASYNC) != 0) == ((flags & MS_SYNC) != 0)) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_errno_t error = cloudabi_sys_mem_sync(addr, len, (cloudabi_msflags_t)flags);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
