#include "stdio_impl.h"

// Streams carry no locale: only C with UTF-8 exists.
FILE *open_memstream_l(char **bufp, size_t *sizep, locale_t locale) {
  return open_memstream(bufp, sizep);
}
