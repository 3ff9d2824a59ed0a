#include <stdio.h>

#include "fmt_impl.h"

struct snprintf_sink {
  struct fmt_out out;
  char *dest;
  size_t size;
  bool overflowed;
  char scratch[128];
};

// The caller's buffer is full: everything from now on is only counted.
static void discard(struct fmt_out *o) {
  struct snprintf_sink *s = o->ctx;
  s->overflowed = true;
  o->buf = s->scratch;
  o->size = sizeof(s->scratch);
  o->used = 0;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap) {
  struct snprintf_sink s;
  s.dest = buf;
  s.size = n;
  s.overflowed = false;
  s.out = (struct fmt_out){
      .buf = buf, .size = n > 0 ? n - 1 : 0, .drain = discard, .ctx = &s};
  int err = __fmt_vprintf(&s.out, fmt, ap);
  if (n > 0)
    buf[s.overflowed ? n - 1 : s.out.used] = '\0';
  return fmt_result(&s.out, err);
}
