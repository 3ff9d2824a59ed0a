// random_get: kernel randomness straight into the guest buffer (the kernel
// reports a bad buffer as EFAULT).
#define _GNU_SOURCE
#include <errno.h>
#include <sys/random.h>

#include "errno_map.h"
#include "syscalls.h"

cloudabi_errno_t sys_random_get(void *buf, size_t buf_len) {
  unsigned char *p = buf;
  while (buf_len > 0) {
    ssize_t n = getrandom(p, buf_len, 0);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno_current();
    }
    p += n;
    buf_len -= (size_t)n;
  }
  return 0;
}
