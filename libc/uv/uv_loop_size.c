#include <uv.h>

size_t uv_loop_size(void) {
  return sizeof(uv_loop_t);
}
