#include "stdio_impl.h"

void setbuf(FILE *restrict f, char *restrict buf) {
  setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}
