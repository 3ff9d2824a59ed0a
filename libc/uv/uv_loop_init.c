#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "uv_impl.h"

int uv_loop_init(uv_loop_t *loop) {
  void *data = loop->data;
  memset(loop, 0, sizeof(*loop));
  loop->data = data;
  __uv_queue_init(__uv_loop_handles(loop));
  __uv_queue_init(&loop->__timers);
  __uv_queue_init(&loop->__idle);
  __uv_queue_init(&loop->__prepare);
  __uv_queue_init(&loop->__check);
  __uv_queue_init(&loop->__async);
  __uv_queue_init(&loop->__pending);
  __uv_queue_init(&loop->__done);
  int fds[2];
  if (pipe(fds) != 0)
    return __uv_error(errno);
  for (int i = 0; i < 2; ++i) {
    int fl = fcntl(fds[i], F_GETFL);
    if (fl < 0 || fcntl(fds[i], F_SETFL, fl | O_NONBLOCK) < 0) {
      int error = errno;
      close(fds[0]);
      close(fds[1]);
      return __uv_error(error);
    }
  }
  loop->__wake_read = fds[0];
  loop->__wake_write = fds[1];
  int error = pthread_mutex_init(&loop->__done_lock, NULL);
  if (error != 0) {
    close(fds[0]);
    close(fds[1]);
    return __uv_error(error);
  }
  uv_update_time(loop);
  return 0;
}
