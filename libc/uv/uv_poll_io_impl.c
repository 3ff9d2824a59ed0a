#include "uv_impl.h"

void __uv_poll_io(uv_poll_t *p, short revents) {
  if (!__uv_is_active((uv_handle_t *)p))
    return;
  if (revents & POLLNVAL) {
    uv_poll_stop(p);
    p->poll_cb(p, UV_EBADF, 0);
    return;
  }
  int events = 0;
  if (revents & POLLIN)
    events |= UV_READABLE;
  if (revents & POLLOUT)
    events |= UV_WRITABLE;
  // A hang-up or error is reported whatever was asked for; the watched
  // directions are reported with it so that the caller's read or write
  // meets the condition (as in libuv), instead of poll firing unheard.
  if (revents & (POLLHUP | POLLERR))
    events |= UV_READABLE | UV_WRITABLE | UV_DISCONNECT;
  events &= p->__events;
  if (events != 0)
    p->poll_cb(p, 0, events);
}
