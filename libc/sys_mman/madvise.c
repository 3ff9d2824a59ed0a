#include <errno.h>
#include <sys/mman.h>

int madvise(void *addr, size_t len, int advice) {
  int error = posix_madvise(addr, len, advice);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
