#include <_/struct_timespec.h>
#include <argdata.h>
#include <errno.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_timestamp(const struct timespec *ts) {
  if (ts->tv_nsec < 0 || ts->tv_nsec > 999999999) {
    errno = EINVAL;
    return NULL;
  }
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_TIMESTAMP;
  ad->timestamp = *ts;
  return ad;
}
