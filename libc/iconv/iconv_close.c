#include <errno.h>
#include <iconv.h>
#include <stdlib.h>

#include "iconv_impl.h"

int iconv_close(iconv_t cd) {
  if (cd == (iconv_t)-1 || cd == NULL) {
    errno = EBADF;
    return -1;
  }
  free(cd);
  return 0;
}
