#include <argdata.h>
#include <errno.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_fd(int fd) {
  if (fd < 0) {
    errno = EBADF;
    return NULL;
  }
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_FD;
  ad->fd = fd;
  return ad;
}
