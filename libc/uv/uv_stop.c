#include <uv.h>

void uv_stop(uv_loop_t *loop) {
  loop->stop_flag = 1;
}
