#include <argdata.h>

#include "argdata_stream.h"

// Serialization is deferred to the next push.
void argdata_writer_set(argdata_writer_t *w, const argdata_t *ad) {
  w->pending = ad;
  w->len = 0;
  w->sent = 0;
  w->nfds = 0;
}
