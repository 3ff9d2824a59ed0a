#include <argdata.h>
#include <stdlib.h>

#include "argdata_stream.h"

void argdata_reader_free(argdata_reader_t *r) {
  __argdata_reader_close_fds(r);
  free(r->fds);
  free(r->data);
  free(r);
}
