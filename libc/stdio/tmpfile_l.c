#include "stdio_impl.h"

// Streams carry no locale: only C with UTF-8 exists.
FILE *tmpfile_l(locale_t locale) {
  return tmpfile();
}
