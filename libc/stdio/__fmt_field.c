#include "fmt_impl.h"

void __fmt_field(struct fmt_out *o, const struct fmt_spec *s, const char *pre,
                 size_t prelen, size_t zeros, const char *body, size_t len) {
  uint64_t total = (uint64_t)prelen + zeros + len;
  uint64_t fill = (uint64_t)s->width > total ? (uint64_t)s->width - total : 0;
  if (s->flags & FMT_MINUS) {
    fmt_write(o, pre, prelen);
    fmt_pad(o, '0', zeros);
    fmt_write(o, body, len);
    fmt_pad(o, ' ', fill);
  } else if (s->flags & FMT_ZERO) {
    fmt_write(o, pre, prelen);
    fmt_pad(o, '0', fill + zeros);
    fmt_write(o, body, len);
  } else {
    fmt_pad(o, ' ', fill);
    fmt_write(o, pre, prelen);
    fmt_pad(o, '0', zeros);
    fmt_write(o, body, len);
  }
}
