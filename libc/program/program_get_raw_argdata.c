#include <program.h>

#include "startup.h"

void program_get_raw_argdata(const void **buf, size_t *len) {
  *buf = __startup.argdata;
  *len = __startup.argdata_len;
}
