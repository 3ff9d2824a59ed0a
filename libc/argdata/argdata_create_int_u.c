#include <argdata.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_int_u(uintmax_t value) {
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_INT_U;
  ad->int_u = value;
  return ad;
}
