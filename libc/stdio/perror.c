#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

void perror(const char *s) {
  const char *msg = strerror(errno);
  FILE *f = stderr;
  __stdio_lock(f);
  if (s != NULL && *s != '\0') {
    fputs_unlocked(s, f);
    fputs_unlocked(": ", f);
  }
  fputs_unlocked(msg, f);
  stdio_putc(f, '\n');
  __stdio_unlock(f);
}
