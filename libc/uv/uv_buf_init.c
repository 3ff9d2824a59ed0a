#include <uv.h>

uv_buf_t uv_buf_init(char *base, unsigned int len) {
  uv_buf_t buf = {.base = base, .len = len};
  return buf;
}
