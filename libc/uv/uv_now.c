#include <uv.h>

uint64_t uv_now(const uv_loop_t *loop) {
  return loop->__time;
}
