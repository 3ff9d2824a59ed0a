#include "stdio_impl.h"

// Streams carry no locale: only C with UTF-8 exists.
FILE *fmemopen_l(void *restrict buf, size_t size, const char *restrict mode,
                 locale_t locale) {
  return fmemopen(buf, size, mode);
}
