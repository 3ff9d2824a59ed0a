#include "uv_impl.h"

// A terminal (or whatever the descriptor is) stays in blocking mode, so
// that other users of the descriptor are not surprised; writes then
// complete synchronously.
int uv_tty_init(uv_loop_t *loop, uv_tty_t *t, uv_file fd, int readable) {
  __uv_stream_init(loop, (uv_stream_t *)t, UV_TTY);
  t->__flags |= UV__BLOCKING;
  int error = __uv_stream_open((uv_stream_t *)t, fd);
  if (error != 0) {
    __uv_queue_remove(__uv_handle_queue((uv_handle_t *)t));
    return error;
  }
  t->__flags &= ~(readable ? UV__WRITABLE : UV__READABLE);
  return 0;
}
