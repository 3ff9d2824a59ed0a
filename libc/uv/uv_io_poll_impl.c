#include <stdlib.h>

#include "uv_impl.h"

// The poll() events a handle waits for, or 0.
static short wanted(uv_handle_t *h) {
  if (__uv_is_closing(h))
    return 0;
  switch (h->type) {
    case UV_NAMED_PIPE:
    case UV_TCP:
    case UV_TTY:
      return __uv_stream_events((uv_stream_t *)h);
    case UV_POLL: {
      uv_poll_t *p = (uv_poll_t *)h;
      if (!__uv_is_active(h))
        return 0;
      short ev = 0;
      if (p->__events & (UV_READABLE | UV_DISCONNECT))
        ev |= POLLIN;
      if (p->__events & UV_WRITABLE)
        ev |= POLLOUT;
      return ev;
    }
    case UV_UDP:
      return (h->__flags & UV__UDP_RECEIVING) ? POLLIN : 0;
    default:
      return 0;
  }
}

static int handle_fd(uv_handle_t *h) {
  switch (h->type) {
    case UV_POLL:
      return ((uv_poll_t *)h)->__fd;
    case UV_UDP:
      return ((uv_udp_t *)h)->__fd;
    default:
      return ((uv_stream_t *)h)->__fd;
  }
}

static bool reserve(uv_loop_t *loop, size_t n) {
  if (n <= loop->__pollcap)
    return true;
  size_t cap = loop->__pollcap < 8 ? 8 : loop->__pollcap;
  while (cap < n)
    cap *= 2;
  struct pollfd *fds = realloc(loop->__pollfds, cap * sizeof(*fds));
  if (fds == NULL)
    return false;
  loop->__pollfds = fds;
  void **owners = realloc(loop->__pollowners, cap * sizeof(*owners));
  if (owners == NULL)
    return false;
  loop->__pollowners = owners;
  loop->__pollcap = cap;
  return true;
}

// Waits up to timeout milliseconds (-1: no limit) for the wake-up
// descriptor and every handle's descriptor, then runs their callbacks.
void __uv_io_poll(uv_loop_t *loop, int timeout) {
  struct __uv_queue *head = __uv_loop_handles(loop);
  size_t n = 1;
  for (struct __uv_queue *q = head->__next; q != head; q = q->__next)
    ++n;
  if (!reserve(loop, n))
    return;
  loop->__pollfds[0] = (struct pollfd){.fd = loop->__wake_read, .events = POLLIN};
  loop->__pollowners[0] = NULL;
  n = 1;
  for (struct __uv_queue *q = head->__next; q != head; q = q->__next) {
    uv_handle_t *h = __uv_container(q, uv_handle_t, handle_queue);
    short ev = wanted(h);
    if (ev == 0)
      continue;
    loop->__pollfds[n] = (struct pollfd){.fd = handle_fd(h), .events = ev};
    loop->__pollowners[n] = h;
    ++n;
  }
  int ready = poll(loop->__pollfds, n, timeout);
  // Timers are measured from the time the poll returned.
  uv_update_time(loop);
  if (ready <= 0)
    return;
  for (size_t i = 1; i < n; ++i) {
    short revents = loop->__pollfds[i].revents;
    uv_handle_t *h = loop->__pollowners[i];
    if (revents == 0 || __uv_is_closing(h))
      continue;
    switch (h->type) {
      case UV_POLL:
        __uv_poll_io((uv_poll_t *)h, revents);
        break;
      case UV_UDP:
        __uv_udp_io((uv_udp_t *)h, revents);
        break;
      default:
        __uv_stream_io((uv_stream_t *)h, revents);
        break;
    }
  }
  if (loop->__pollfds[0].revents != 0)
    __uv_async_run(loop);
}
