#include "stdio_impl.h"

// Streams carry no locale: only C with UTF-8 exists.
FILE *fopenat_l(int dirfd, const char *restrict path, const char *restrict mode,
                locale_t locale) {
  return fopenat(dirfd, path, mode);
}
