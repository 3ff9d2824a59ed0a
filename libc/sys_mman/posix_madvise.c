#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/mman.h>

int posix_madvise(void *addr, size_t len, int advice) {
  // The advice values are CloudABI's (NOREUSE has no POSIX_MADV name).
  switch (advice) {
    case POSIX_MADV_DONTNEED:
    case POSIX_MADV_NORMAL:
    case POSIX_MADV_RANDOM:
    case POSIX_MADV_SEQUENTIAL:
    case POSIX_MADV_WILLNEED:
      break;
    default:
      return EINVAL;
  }
  return cloudabi_sys_mem_advise(addr, len, (cloudabi_advice_t)advice);
}
