#include <unistd.h>

#include "uv_impl.h"

// CloudABI cannot send a signal to another process; closing the last
// process descriptor terminates the child, whatever signum asks for.
int uv_process_kill(uv_process_t *p, int signum) {
  (void)signum;
  if (p->procfd < 0)
    return UV_ESRCH;
  int error = close(p->procfd) == 0 ? 0 : __uv_error(errno);
  p->procfd = -1;
  __uv_handle_stop((uv_handle_t *)p);
  return error;
}
