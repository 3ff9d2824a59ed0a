#include "argdata_encode.h"

// Walks one serialized value starting at buf + at.  Nesting is followed by
// recursion, one frame per container level.
static void visit_value(const uint8_t *buf, size_t at, size_t len,
                        argdata_fd_visitor_t *visit, void *ctx) {
  if (len == 0)
    return;
  const uint8_t *p = buf + at;
  switch (p[0]) {
    case ADT_FD:
      if (len == 5)
        visit(ctx, at + 1,
              (uint32_t)p[1] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 8 | p[4]);
      break;
    case ADT_MAP:
    case ADT_SEQ: {
      // Keys and values are walked alike, in order.
      const uint8_t *pos = p + 1;
      size_t remaining = len - 1;
      while (remaining > 0) {
        const uint8_t *field;
        size_t field_len;
        if (__argdata_read_subfield(&pos, &remaining, &field, &field_len) != 0)
          break;
        visit_value(buf, (size_t)(field - buf), field_len, visit, ctx);
      }
      break;
    }
  }
}

void __argdata_visit_fds(const uint8_t *buf, size_t len, argdata_fd_visitor_t *visit,
                         void *ctx) {
  visit_value(buf, 0, len, visit, ctx);
}
