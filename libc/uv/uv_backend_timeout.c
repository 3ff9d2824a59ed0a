#include "uv_impl.h"

int uv_backend_timeout(const uv_loop_t *loop) {
  if (loop->stop_flag != 0 || !uv_loop_alive(loop))
    return 0;
  // Work that is due now: do not block.
  if (!__uv_queue_empty(&loop->__idle) || !__uv_queue_empty(&loop->__pending) ||
      loop->__closing != NULL)
    return 0;
  return __uv_timers_next(loop);
}
