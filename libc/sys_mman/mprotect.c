#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/mman.h>

int mprotect(void *addr, size_t len, int prot) {
  if ((prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0) {
    errno = EINVAL;
    return -1;
  }
  // Writable and executable at once is refused by the system (ENOTSUP).
  cloudabi_errno_t error = cloudabi_sys_mem_protect(addr, len, (cloudabi_mprot_t)prot);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
