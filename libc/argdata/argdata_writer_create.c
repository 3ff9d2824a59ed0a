#include <argdata.h>
#include <stdlib.h>

#include "argdata_stream.h"

argdata_writer_t *argdata_writer_create(void) {
  argdata_writer_t *w = malloc(sizeof(*w));
  if (w == NULL)
    return NULL;
  *w = (struct argdata_writer_t){.pending = NULL};
  return w;
}
