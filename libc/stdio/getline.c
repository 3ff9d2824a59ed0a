#include "stdio_impl.h"

ssize_t getline(char **restrict linep, size_t *restrict sizep, FILE *restrict f) {
  return getdelim(linep, sizep, '\n', f);
}
