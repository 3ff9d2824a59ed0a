#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

int getentropy(void *buf, size_t len) {
  // The limit is the interface's (OpenBSD's, kept by musl and glibc): larger
  // requests are a misuse, not a request to loop.
  if (len > 256) {
    errno = EIO;
    return -1;
  }
  arc4random_buf(buf, len);
  return 0;
}
