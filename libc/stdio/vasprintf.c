// printf into a heap buffer that grows as needed.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "fmt_impl.h"

static void grow(struct fmt_out *o) {
  size_t size = o->size * 2;
  char *b = realloc(o->buf, size + 1);  // + 1 for the terminating NUL
  if (b == NULL) {
    o->error = ENOMEM;
    return;
  }
  o->buf = b;
  o->size = size;
}

int vasprintf(char **restrict strp, const char *restrict fmt, va_list ap) {
  struct fmt_out o = {.size = 128, .drain = grow};
  o.buf = malloc(o.size + 1);
  if (o.buf == NULL) {
    *strp = NULL;
    return -1;
  }
  int err = __fmt_vprintf(&o, fmt, ap);
  if (err != 0) {
    free(o.buf);
    *strp = NULL;
    return fmt_result(&o, err);
  }
  o.buf[o.used] = '\0';
  char *shrunk = realloc(o.buf, o.used + 1);
  *strp = shrunk != NULL ? shrunk : o.buf;
  return fmt_result(&o, 0);
}
