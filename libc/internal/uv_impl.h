// Internal: the event loop behind <uv.h>.
//
// A loop keeps intrusive lists (struct __uv_queue) of its handles, of the
// timers in expiry order, of the idle, prepare, check and async handles, of
// the handles with a descriptor to poll and of the streams whose write or
// shutdown callbacks are due.  uv_run runs the libuv phases in order:
// timers, pending callbacks, idle, prepare, poll, check, close callbacks.
// Other threads reach the loop through a socket pair (__wake_read/write):
// uv_async_send and the thread pool write one byte to it, coalesced.
#ifndef LIBC_INTERNAL_UV_IMPL_H
#define LIBC_INTERNAL_UV_IMPL_H

#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <uv.h>

// Handle flags (__flags).
#define UV__ACTIVE 0x0001u
#define UV__REF 0x0002u
#define UV__CLOSING 0x0004u
#define UV__CLOSED 0x0008u
#define UV__READING 0x0010u
#define UV__READABLE 0x0020u
#define UV__WRITABLE 0x0040u
#define UV__SHUTTING 0x0080u  // uv_shutdown called
#define UV__SHUT 0x0100u      // write side shut down
#define UV__BLOCKING 0x0200u  // uv_stream_set_blocking(1)
#define UV__OPEN 0x0400u      // has a descriptor
#define UV__LISTENING 0x0800u // a granted listening socket
#define UV__UDP_RECEIVING 0x1000u

// Lists.
static inline void __uv_queue_init(struct __uv_queue *q) {
  q->__next = q;
  q->__prev = q;
}
static inline bool __uv_queue_empty(const struct __uv_queue *q) {
  return q->__next == q;
}
static inline void __uv_queue_insert_tail(struct __uv_queue *head,
                                          struct __uv_queue *q) {
  q->__next = head;
  q->__prev = head->__prev;
  head->__prev->__next = q;
  head->__prev = q;
}
static inline void __uv_queue_insert_head(struct __uv_queue *head,
                                          struct __uv_queue *q) {
  q->__next = head->__next;
  q->__prev = head;
  head->__next->__prev = q;
  head->__next = q;
}
static inline void __uv_queue_insert_before(struct __uv_queue *at,
                                            struct __uv_queue *q) {
  __uv_queue_insert_tail(at, q);
}
// Removes q from its list; q then forms an empty list of its own, so
// removing twice is harmless.
static inline void __uv_queue_remove(struct __uv_queue *q) {
  q->__prev->__next = q->__next;
  q->__next->__prev = q->__prev;
  __uv_queue_init(q);
}
// Moves every element of from to the (empty) list to.
static inline void __uv_queue_move(struct __uv_queue *from,
                                   struct __uv_queue *to) {
  __uv_queue_init(to);
  if (__uv_queue_empty(from))
    return;
  to->__next = from->__next;
  to->__prev = from->__prev;
  to->__next->__prev = to;
  to->__prev->__next = to;
  __uv_queue_init(from);
}

#define __uv_container(ptr, type, member) \
  ((type *)((char *)(ptr)-offsetof(type, member)))

static inline struct __uv_queue *__uv_handle_queue(uv_handle_t *h) {
  return (struct __uv_queue *)h->handle_queue;
}
static inline struct __uv_queue *__uv_loop_handles(uv_loop_t *loop) {
  return (struct __uv_queue *)loop->handle_queue;
}

// Handle life cycle.
void __uv_handle_init(uv_loop_t *, uv_handle_t *, uv_handle_type);
void __uv_handle_start(uv_handle_t *);
void __uv_handle_stop(uv_handle_t *);

// Idle, prepare and check handles: start puts the handle first on its
// loop's list (the newest runs first, as in libuv), stop takes it off.
int __uv_watcher_start(uv_handle_t *, struct __uv_queue *list, bool has_cb);
int __uv_watcher_stop(uv_handle_t *);

// uv_tcp_init_ex/uv_udp_init_ex: 0 for AF_UNSPEC, else why not.
int __uv_init_ex_flags(unsigned int flags);

static inline bool __uv_is_active(const uv_handle_t *h) {
  return (h->__flags & UV__ACTIVE) != 0;
}
static inline bool __uv_is_closing(const uv_handle_t *h) {
  return (h->__flags & (UV__CLOSING | UV__CLOSED)) != 0;
}

// Requests keep their loop alive while in flight.
static inline void __uv_req_register(uv_loop_t *loop, uv_req_t *req,
                                     uv_req_type type) {
  req->type = type;
  ++loop->active_reqs.count;
}
static inline void __uv_req_unregister(uv_loop_t *loop) {
  --loop->active_reqs.count;
}

// errno to a UV_E* code.
static inline int __uv_error(int error) {
  return -error;
}

// Milliseconds and nanoseconds on the monotonic clock.
uint64_t __uv_clock_ns(void);

// Wakes the loop's poll from another thread (coalesced).
void __uv_loop_wake(uv_loop_t *);

// Phases.
void __uv_timers_run(uv_loop_t *);
// Milliseconds until the next timer is due, or -1 without timers.
int __uv_timers_next(const uv_loop_t *);
void __uv_pending_run(uv_loop_t *);
void __uv_io_poll(uv_loop_t *, int timeout);
void __uv_async_run(uv_loop_t *);
void __uv_closing_run(uv_loop_t *);

// Thread pool.  done runs on the loop's thread with 0 or UV_ECANCELED.
enum { UV__WORK_QUEUED = 1, UV__WORK_RUNNING, UV__WORK_DONE,
       UV__WORK_CANCELED };
void __uv_work_submit(uv_loop_t *, struct __uv_work *,
                      void (*work)(struct __uv_work *),
                      void (*done)(struct __uv_work *, int));
// Returns 0 when w had not started (done then reports UV_ECANCELED) or
// UV_EBUSY.
int __uv_work_cancel(struct __uv_work *);
// Runs the done callbacks of finished items (loop thread).
void __uv_work_done_run(uv_loop_t *);

// Streams.
void __uv_stream_init(uv_loop_t *, uv_stream_t *, uv_handle_type);
int __uv_stream_open(uv_stream_t *, int fd);
short __uv_stream_events(const uv_stream_t *);
void __uv_stream_io(uv_stream_t *, short revents);
// Schedules the stream's finished writes and shutdown for the pending
// phase, where __uv_stream_pending runs their callbacks.
void __uv_stream_feed(uv_stream_t *);
void __uv_stream_pending(uv_stream_t *);
void __uv_stream_close(uv_stream_t *);
// Completes writes and a shutdown with UV_ECANCELED (in close).
void __uv_stream_destroy(uv_stream_t *);
// Starts or stops the handle: active while reading.
void __uv_stream_update_active(uv_stream_t *);
// Reads what is there (poll reported the descriptor readable).
void __uv_stream_read(uv_stream_t *);
// Writes as much of the queue as the descriptor takes now.
void __uv_stream_write_some(uv_stream_t *);

// uv_print_all_handles / uv_print_active_handles.
void __uv_print_handles(uv_loop_t *, bool only_active, FILE *);

void __uv_poll_io(uv_poll_t *, short revents);
void __uv_udp_io(uv_udp_t *, short revents);

// uv_err_name and uv_strerror of a code that is not in UV_ERRNO_MAP.
const char *__uv_unknown_error(int err);

// A getaddrinfo/getnameinfo result (EAI_*) as a UV_EAI_* code.
int __uv_eai_error(int);

// File system requests: runs req synchronously (cb == NULL, returns the
// result) or on the pool.
int __uv_fs_submit(uv_loop_t *, uv_fs_t *, uv_fs_type, uv_file, uv_fs_cb);
// uv_fs_read and uv_fs_write.
int __uv_fs_submit_bufs(uv_loop_t *, uv_fs_t *, uv_fs_type, uv_file,
                        const uv_buf_t *, unsigned int, int64_t, uv_fs_cb);

#endif
