#include <argdata.h>
#include <errno.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_str(const char *str, size_t len) {
  int error = __argdata_validate_utf8(str, len);
  if (error != 0) {
    errno = error;
    return NULL;
  }
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_STR;
  ad->bytes.ptr = str;
  ad->bytes.len = len;
  return ad;
}
