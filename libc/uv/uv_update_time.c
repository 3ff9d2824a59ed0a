#include "uv_impl.h"

void uv_update_time(uv_loop_t *loop) {
  loop->__time = __uv_clock_ns() / 1000000u;
}
