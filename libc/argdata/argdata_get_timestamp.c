#include <argdata.h>
#include <errno.h>

#include "argdata_impl.h"

int argdata_get_timestamp(const argdata_t *ad, struct timespec *ts) {
  if (ad->kind == AD_TIMESTAMP) {
    *ts = ad->timestamp;
    return 0;
  }
  unsigned tag;
  const uint8_t *p;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &p, &len) ||
      tag != ADT_TIMESTAMP)
    return EINVAL;
  __int128 ns;
  int error = __argdata_decode_int(p, len, 12, &ns);
  if (error != 0)
    return error;
  // Floor division keeps tv_nsec in [0, 999999999] before the epoch too.
  __int128 sec = ns / 1000000000;
  __int128 nsec = ns % 1000000000;
  if (nsec < 0) {
    nsec += 1000000000;
    sec--;
  }
  if (sec < INT64_MIN || sec > INT64_MAX)
    return ERANGE;
  ts->tv_sec = (time_t)sec;
  ts->tv_nsec = (long)nsec;
  return 0;
}
