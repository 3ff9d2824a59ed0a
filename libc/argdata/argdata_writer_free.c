#include <argdata.h>
#include <stdlib.h>

#include "argdata_stream.h"

// The descriptors of an unsent message belong to the caller: not closed.
void argdata_writer_free(argdata_writer_t *w) {
  free(w->buf);
  free(w->fds);
  free(w);
}
