#include <argdata.h>

#include "argdata_stream.h"

const argdata_t *argdata_reader_get(const argdata_reader_t *r) {
  return r->state == READER_COMPLETE ? &r->root : NULL;
}
