#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/mman.h>

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  // PROT_*, MAP_* equal CloudABI's mprot and mflags.
  if ((prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0 ||
      (flags & ~(MAP_ANON | MAP_FIXED | MAP_PRIVATE | MAP_SHARED)) != 0 ||
      ((flags & MAP_PRIVATE) != 0) == ((flags & MAP_SHARED) != 0) || len == 0 || off < 0) {
    errno = EINVAL;
    return MAP_FAILED;
  }
  cloudabi_fd_t mapfd = (cloudabi_fd_t)fd;
  if (flags & MAP_ANON) {
    if (off != 0) {
      errno = EINVAL;
      return MAP_FAILED;
    }
    mapfd = CLOUDABI_MAP_ANON_FD;
  }
  void *mem;
  cloudabi_errno_t error =
      cloudabi_sys_mem_map(addr, len, (cloudabi_mprot_t)prot, (cloudabi_mflags_t)flags, mapfd,
                           (cloudabi_filesize_t)off, &mem);
  if (error != 0) {
    // POSIX: EACCES when the descriptor does not allow the access asked for.
    errno = error == ENOTCAPABLE ? EACCES : error;
    return MAP_FAILED;
  }
  return mem;
}
