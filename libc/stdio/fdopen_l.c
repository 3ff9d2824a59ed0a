#include "stdio_impl.h"

// Streams carry no locale: only C with UTF-8 exists.
FILE *fdopen_l(int fd, const char *mode, locale_t locale) {
  return fdopen(fd, mode);
}
