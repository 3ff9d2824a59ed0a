#include <argdata.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_binary(const void *buf, size_t len) {
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_BINARY;
  ad->bytes.ptr = buf;
  ad->bytes.len = len;
  return ad;
}
