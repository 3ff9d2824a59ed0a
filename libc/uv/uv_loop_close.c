#include <stdlib.h>
#include <unistd.h>

#include "uv_impl.h"

int uv_loop_close(uv_loop_t *loop) {
  // Handles stay listed until their close callback has run.
  if (loop->active_reqs.count != 0 ||
      !__uv_queue_empty(__uv_loop_handles(loop)))
    return UV_EBUSY;
  close(loop->__wake_read);
  close(loop->__wake_write);
  pthread_mutex_destroy(&loop->__done_lock);
  free(loop->__pollfds);
  free(loop->__pollowners);
  loop->__pollfds = NULL;
  loop->__pollowners = NULL;
  loop->__pollcap = 0;
  return 0;
}
