#include <uv.h>

int uv_loop_alive(const uv_loop_t *loop) {
  return loop->active_handles > 0 || loop->active_reqs.count > 0 ||
         loop->__closing != NULL;
}
