// Streams over socket pairs: echo with partial reads, EOF and shutdown,
// uv_write2 descriptor passing with uv_pipe_pending_* and uv_accept,
// uv_try_write until UV_EAGAIN; poll handles; UDP receive on a datagram
// socket pair.
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

#include "harness.h"

#define DATA_SIZE 20000

static char pattern[DATA_SIZE];
static char got_b[DATA_SIZE], got_a[DATA_SIZE];
static size_t n_b, n_a;
static int eof_a, eof_b, write_status = 1, shut_a = 1, shut_b = 1;
static int closed;
static char small[7];

static void small_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  ASSERT_EQ(suggested, 65536);
  *buf = uv_buf_init(small, sizeof(small));  // forces partial reads
}

static void on_closed(uv_handle_t *h) {
  ++closed;
}

static void echo_written(uv_write_t *req, int status) {
  ASSERT_EQ(status, 0);
  free(req);
}

static void shut_b_cb(uv_shutdown_t *req, int status) {
  shut_b = status;
  uv_close((uv_handle_t *)req->handle, on_closed);
}

static void read_b(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  if (n == UV_EOF) {
    eof_b = 1;
    static uv_shutdown_t req;
    ASSERT_EQ(uv_shutdown(&req, s, shut_b_cb), 0);
    return;
  }
  ASSERT_TRUE(n >= 0);
  ASSERT_TRUE(n <= 7);
  ASSERT_TRUE(n_b + (size_t)n <= DATA_SIZE);
  memcpy(got_b + n_b, buf->base, (size_t)n);
  n_b += (size_t)n;
  if (n == 0)
    return;
  // Echo the chunk; the request owns a copy of it.
  uv_write_t *req = malloc(sizeof(*req) + (size_t)n);
  char *copy = (char *)(req + 1);
  memcpy(copy, buf->base, (size_t)n);
  uv_buf_t out = uv_buf_init(copy, (unsigned int)n);
  ASSERT_EQ(uv_write(req, s, &out, 1, echo_written), 0);
}

static char big[4096];
static void big_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  *buf = uv_buf_init(big, sizeof(big));
}

static void read_a(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  if (n == UV_EOF) {
    eof_a = 1;
    uv_close((uv_handle_t *)s, on_closed);
    return;
  }
  ASSERT_TRUE(n >= 0);
  ASSERT_TRUE(n_a + (size_t)n <= DATA_SIZE);
  memcpy(got_a + n_a, buf->base, (size_t)n);
  n_a += (size_t)n;
}

static void wrote_a(uv_write_t *req, int status) {
  write_status = status;
}

static void shut_a_cb(uv_shutdown_t *req, int status) {
  shut_a = status;
}

TEST(echo_partial_reads_eof_shutdown) {
  uv_loop_t loop;
  uv_pipe_t a, b;
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  for (size_t i = 0; i < DATA_SIZE; ++i)
    pattern[i] = (char)('a' + i % 23);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &a, 0), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &b, 0), 0);
  ASSERT_EQ(uv_read_start((uv_stream_t *)&a, big_alloc, read_a), UV_ENOTCONN);
  ASSERT_EQ(uv_pipe_open(&a, s[0]), 0);
  ASSERT_EQ(uv_pipe_open(&b, s[1]), 0);
  ASSERT_TRUE(uv_is_readable((uv_stream_t *)&a));
  ASSERT_TRUE(uv_is_writable((uv_stream_t *)&a));
  uv_os_fd_t fd;
  ASSERT_EQ(uv_fileno((uv_handle_t *)&a, &fd), 0);
  ASSERT_EQ(fd, s[0]);
  ASSERT_EQ(uv_read_start((uv_stream_t *)&a, big_alloc, read_a), 0);
  ASSERT_EQ(uv_read_start((uv_stream_t *)&b, small_alloc, read_b), 0);

  uv_write_t w;
  uv_buf_t bufs[2] = {uv_buf_init(pattern, 1000),
                      uv_buf_init(pattern + 1000, DATA_SIZE - 1000)};
  ASSERT_EQ(uv_write(&w, (uv_stream_t *)&a, bufs, 2, wrote_a), 0);
  ASSERT_EQ(w.handle, (uv_stream_t *)&a);
  ASSERT_EQ(write_status, 1);  // callbacks only ever run from the loop
  uv_shutdown_t sh;
  ASSERT_EQ(uv_shutdown(&sh, (uv_stream_t *)&a, shut_a_cb), 0);
  ASSERT_FALSE(uv_is_writable((uv_stream_t *)&a));
  ASSERT_EQ(uv_write(&w, (uv_stream_t *)&a, bufs, 1, wrote_a), UV_EPIPE);
  uv_shutdown_t sh2;
  ASSERT_EQ(uv_shutdown(&sh2, (uv_stream_t *)&a, shut_a_cb), UV_ENOTCONN);

  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(write_status, 0);
  ASSERT_EQ(shut_a, 0);
  ASSERT_EQ(shut_b, 0);
  ASSERT_TRUE(eof_a && eof_b);
  ASSERT_EQ(closed, 2);
  ASSERT_EQ(n_b, DATA_SIZE);
  ASSERT_EQ(n_a, DATA_SIZE);
  ASSERT_MEMEQ(got_b, pattern, DATA_SIZE);
  ASSERT_MEMEQ(got_a, pattern, DATA_SIZE);
  ASSERT_EQ(a.write_queue_size, 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int received_reads;
static uv_pipe_t accepted;
static char ipc_buf[16];
static void ipc_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  *buf = uv_buf_init(ipc_buf, sizeof(ipc_buf));
}

static void ipc_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  if (n <= 0)
    return;
  ++received_reads;
  ASSERT_EQ(n, 3);
  ASSERT_MEMEQ(buf->base, "fd!", 3);
  uv_pipe_t *p = (uv_pipe_t *)s;
  ASSERT_EQ(uv_pipe_pending_count(p), 1);
  ASSERT_EQ(uv_pipe_pending_type(p), UV_NAMED_PIPE);
  ASSERT_EQ(uv_pipe_init(s->loop, &accepted, 0), 0);
  ASSERT_EQ(uv_accept(s, (uv_stream_t *)&accepted), 0);
  ASSERT_EQ(uv_pipe_pending_count(p), 0);
  ASSERT_EQ(uv_pipe_pending_type(p), UV_UNKNOWN_HANDLE);
  uv_pipe_t extra;
  ASSERT_EQ(uv_accept(s, (uv_stream_t *)&extra), UV_EAGAIN);
  uv_close((uv_handle_t *)s, NULL);
}

static int sent_status = 1;
static void sent_cb(uv_write_t *req, int status) {
  sent_status = status;
  uv_close((uv_handle_t *)req->handle, NULL);
  uv_close((uv_handle_t *)req->send_handle, NULL);
}

TEST(write2_passes_descriptors) {
  uv_loop_t loop;
  uv_pipe_t p1, p2, carried, plain;
  int s[2], x[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, x), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p1, 1), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p2, 1), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &carried, 0), 0);
  ASSERT_EQ(uv_pipe_open(&p1, s[0]), 0);
  ASSERT_EQ(uv_pipe_open(&p2, s[1]), 0);
  ASSERT_EQ(uv_pipe_open(&carried, x[0]), 0);
  ASSERT_EQ(uv_pipe_pending_count(&p2), 0);
  ASSERT_EQ(uv_read_start((uv_stream_t *)&p2, ipc_alloc, ipc_read), 0);

  uv_write_t w;
  uv_buf_t b = uv_buf_init("fd!", 3);
  // Only IPC pipes carry handles.
  int y[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, y), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &plain, 0), 0);
  ASSERT_EQ(uv_pipe_open(&plain, y[0]), 0);
  ASSERT_EQ(uv_write2(&w, (uv_stream_t *)&plain, &b, 1,
                      (uv_stream_t *)&carried, sent_cb), UV_EINVAL);
  uv_close((uv_handle_t *)&plain, NULL);
  close(y[1]);

  ASSERT_EQ(uv_write2(&w, (uv_stream_t *)&p1, &b, 1, (uv_stream_t *)&carried,
                      sent_cb), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(sent_status, 0);
  ASSERT_EQ(received_reads, 1);
  // The accepted pipe is the other end's peer: x[1] reaches it.
  ASSERT_EQ(write(x[1], "ping", 4), 4);
  char buf[8];
  uv_os_fd_t fd;
  ASSERT_EQ(uv_fileno((uv_handle_t *)&accepted, &fd), 0);
  ASSERT_NE(fd, x[0]);
  ASSERT_EQ(read(fd, buf, sizeof(buf)), 4);
  ASSERT_MEMEQ(buf, "ping", 4);
  uv_buf_t pong = uv_buf_init("pong", 4);
  ASSERT_EQ(uv_try_write((uv_stream_t *)&accepted, &pong, 1), 4);
  ASSERT_EQ(read(x[1], buf, sizeof(buf)), 4);
  ASSERT_MEMEQ(buf, "pong", 4);
  uv_close((uv_handle_t *)&accepted, NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  close(x[1]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static size_t drained;
static int drain_fd;
static int queued_status = 1;
static void drain_timer(uv_timer_t *t) {
  char buf[65536];
  ssize_t n;
  while ((n = read(drain_fd, buf, sizeof(buf))) > 0)
    drained += (size_t)n;
  if (queued_status == 1)
    return;  // repeat until the queued write finished
  uv_close((uv_handle_t *)t, NULL);
}
static void queued_cb(uv_write_t *req, int status) {
  queued_status = status;
  uv_close((uv_handle_t *)req->handle, NULL);
}

TEST(try_write_until_eagain) {
  uv_loop_t loop;
  uv_pipe_t p;
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p, 0), 0);
  ASSERT_EQ(uv_pipe_open(&p, s[0]), 0);
  static char chunk[8192];
  uv_buf_t b = uv_buf_init(chunk, sizeof(chunk));
  size_t total = 0;
  int r;
  while ((r = uv_try_write((uv_stream_t *)&p, &b, 1)) > 0)
    total += (size_t)r;
  ASSERT_EQ(r, UV_EAGAIN);
  ASSERT_TRUE(total > 0);
  // A queued write waits for room; try_write must not overtake it.
  uv_write_t w;
  ASSERT_EQ(uv_write(&w, (uv_stream_t *)&p, &b, 1, queued_cb), 0);
  ASSERT_EQ(p.write_queue_size, sizeof(chunk));
  ASSERT_EQ(uv_try_write((uv_stream_t *)&p, &b, 1), UV_EAGAIN);
  drain_fd = s[1];
  ASSERT_EQ(fcntl(s[1], F_SETFL, O_NONBLOCK), 0);
  drained = 0;
  uv_timer_t t;
  ASSERT_EQ(uv_timer_init(&loop, &t), 0);
  ASSERT_EQ(uv_timer_start(&t, drain_timer, 5, 5), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(queued_status, 0);
  ASSERT_EQ(p.write_queue_size, 0);
  char buf[65536];
  ssize_t n;
  while (drained < total + sizeof(chunk) &&
         (n = read(s[1], buf, sizeof(buf))) > 0)
    drained += (size_t)n;
  ASSERT_EQ(drained, total + sizeof(chunk));
  close(s[1]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static char poll_trace[32];
static int poll_peer, poll_fd;
static void poll_cb(uv_poll_t *h, int status, int events) {
  ASSERT_EQ(status, 0);
  if (events & UV_WRITABLE) {
    strcat(poll_trace, "W");
    // Now wait for data instead.
    ASSERT_EQ(uv_poll_start(h, UV_READABLE, poll_cb), 0);
    ASSERT_EQ(write(poll_peer, "z", 1), 1);
    return;
  }
  if (events & UV_DISCONNECT) {
    strcat(poll_trace, "D");
    uv_close((uv_handle_t *)h, NULL);
    return;
  }
  if (events & UV_READABLE) {
    char c;
    ASSERT_EQ(read(poll_fd, &c, 1), 1);
    strcat(poll_trace, "R");
    ASSERT_EQ(uv_poll_start(h, UV_READABLE | UV_DISCONNECT, poll_cb), 0);
    close(poll_peer);
  }
}

TEST(poll_handle) {
  uv_loop_t loop;
  uv_poll_t p;
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_poll_init(&loop, &p, s[0]), 0);
  ASSERT_FALSE(uv_is_active((uv_handle_t *)&p));
  ASSERT_EQ(uv_poll_start(&p, 0x100, poll_cb), UV_EINVAL);
  poll_peer = s[1];
  poll_fd = s[0];
  poll_trace[0] = '\0';
  ASSERT_EQ(uv_poll_start(&p, UV_WRITABLE, poll_cb), 0);
  ASSERT_TRUE(uv_is_active((uv_handle_t *)&p));
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_STREQ(poll_trace, "WRD");
  // The descriptor stays open: it belongs to the caller.
  ASSERT_EQ(close(s[0]), 0);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int datagrams;
static char dgram_buf[8];
static void dgram_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  *buf = uv_buf_init(dgram_buf, sizeof(dgram_buf));
}
static void dgram_recv(uv_udp_t *u, ssize_t n, const uv_buf_t *buf,
                       const struct sockaddr *addr, unsigned int flags) {
  if (n == 0 && addr == NULL)
    return;  // nothing after all
  ASSERT_TRUE(addr != NULL);
  ++datagrams;
  if (datagrams == 1) {
    ASSERT_EQ(n, 3);
    ASSERT_MEMEQ(buf->base, "one", 3);
    ASSERT_EQ(flags, 0);
  } else if (datagrams == 2) {
    ASSERT_EQ(n, 0);  // an empty datagram
  } else {
    ASSERT_EQ(n, 8);
    ASSERT_EQ(flags, UV_UDP_PARTIAL);
    ASSERT_MEMEQ(buf->base, "too long", 8);
    ASSERT_EQ(uv_udp_recv_stop(u), 0);
    uv_close((uv_handle_t *)u, NULL);
  }
}

TEST(udp_receive) {
  uv_loop_t loop;
  uv_udp_t u;
  int d[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM, 0, d), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_udp_init_ex(&loop, &u, AF_INET), UV_ENOTSUP);
  ASSERT_EQ(uv_udp_init(&loop, &u), 0);
  ASSERT_EQ(uv_udp_recv_start(&u, dgram_alloc, dgram_recv), UV_EBADF);
  ASSERT_EQ(uv_udp_open(&u, d[0]), 0);
  ASSERT_EQ(uv_udp_open(&u, d[0]), UV_EBUSY);
  ASSERT_EQ(uv_udp_recv_start(&u, dgram_alloc, dgram_recv), 0);
  ASSERT_EQ(uv_udp_recv_start(&u, dgram_alloc, dgram_recv), UV_EALREADY);
  ASSERT_EQ(send(d[1], "one", 3, 0), 3);
  ASSERT_EQ(send(d[1], "", 0, 0), 0);
  ASSERT_EQ(send(d[1], "too long for it", 15, 0), 15);
  datagrams = 0;
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(datagrams, 3);
  close(d[1]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static char cancel_trace[16];
static void cancel_write_cb(uv_write_t *req, int status) {
  ASSERT_EQ(status, UV_ECANCELED);
  strcat(cancel_trace, "W");
}
static void cancel_shutdown_cb(uv_shutdown_t *req, int status) {
  ASSERT_EQ(status, UV_ECANCELED);
  strcat(cancel_trace, "S");
}
static void cancel_close_cb(uv_handle_t *h) {
  strcat(cancel_trace, "C");
}

TEST(close_cancels_requests) {
  uv_loop_t loop;
  uv_pipe_t p;
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p, 0), 0);
  ASSERT_EQ(uv_pipe_open(&p, s[0]), 0);
  static char chunk[8192];
  uv_buf_t b = uv_buf_init(chunk, sizeof(chunk));
  while (uv_try_write((uv_stream_t *)&p, &b, 1) > 0) {
  }
  uv_write_t w;
  uv_shutdown_t sh;
  ASSERT_EQ(uv_write(&w, (uv_stream_t *)&p, &b, 1, cancel_write_cb), 0);
  ASSERT_EQ(uv_shutdown(&sh, (uv_stream_t *)&p, cancel_shutdown_cb), 0);
  cancel_trace[0] = '\0';
  uv_close((uv_handle_t *)&p, cancel_close_cb);
  ASSERT_STREQ(cancel_trace, "");  // callbacks run from the loop
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_STREQ(cancel_trace, "WSC");
  uv_os_fd_t fd;
  ASSERT_EQ(uv_fileno((uv_handle_t *)&p, &fd), UV_EBADF);
  // The descriptor was closed with the handle: the peer sees end of file
  // after the data.
  char buf[65536];
  ssize_t n;
  while ((n = read(s[1], buf, sizeof(buf))) > 0) {
  }
  ASSERT_EQ(n, 0);
  close(s[1]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int hup_calls;
static void hup_cb(uv_poll_t *h, int status, int events) {
  ASSERT_EQ(status, 0);
  ASSERT_EQ(events, UV_WRITABLE);  // only what was asked for
  ++hup_calls;
  uv_close((uv_handle_t *)h, NULL);
}

TEST(poll_hangup_reported_to_writer) {
  uv_loop_t loop;
  uv_poll_t p;
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  close(s[1]);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_poll_init_socket(&loop, &p, s[0]), 0);
  ASSERT_EQ(uv_poll_start(&p, UV_WRITABLE, hup_cb), 0);
  hup_calls = 0;
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(hup_calls, 1);
  close(s[0]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static uv_udp_t received_udp;
static void udp_carrier_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  if (n <= 0)
    return;
  uv_pipe_t *p = (uv_pipe_t *)s;
  ASSERT_EQ(uv_pipe_pending_type(p), UV_UDP);
  ASSERT_EQ(uv_udp_init(s->loop, &received_udp), 0);
  ASSERT_EQ(uv_accept(s, (uv_stream_t *)&received_udp), 0);
  uv_close((uv_handle_t *)s, NULL);
}
static void udp_sent(uv_write_t *req, int status) {
  ASSERT_EQ(status, 0);
  uv_close((uv_handle_t *)req->handle, NULL);
  uv_close((uv_handle_t *)req->send_handle, NULL);
}

TEST(write2_passes_udp_handle) {
  uv_loop_t loop;
  uv_pipe_t p1, p2;
  uv_udp_t u;
  int s[2], d[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM, 0, d), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p1, 1), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p2, 1), 0);
  ASSERT_EQ(uv_pipe_open(&p1, s[0]), 0);
  ASSERT_EQ(uv_pipe_open(&p2, s[1]), 0);
  ASSERT_EQ(uv_udp_init(&loop, &u), 0);
  ASSERT_EQ(uv_udp_open(&u, d[0]), 0);
  ASSERT_EQ(uv_read_start((uv_stream_t *)&p2, ipc_alloc, udp_carrier_read), 0);
  uv_write_t w;
  uv_buf_t b = uv_buf_init("u", 1);
  ASSERT_EQ(uv_write2(&w, (uv_stream_t *)&p1, &b, 1, (uv_stream_t *)&u,
                      udp_sent), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  // The received socket is the same datagram socket.
  ASSERT_EQ(send(d[1], "dg", 2, 0), 2);
  uv_os_fd_t fd;
  ASSERT_EQ(uv_fileno((uv_handle_t *)&received_udp, &fd), 0);
  char buf[8];
  ASSERT_EQ(recv(fd, buf, sizeof(buf), 0), 2);
  ASSERT_MEMEQ(buf, "dg", 2);
  uv_close((uv_handle_t *)&received_udp, NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  close(d[1]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static int tty_written = 1;
static void tty_write_cb(uv_write_t *req, int status) {
  tty_written = status;
  uv_close((uv_handle_t *)req->handle, NULL);
}

TEST(tty_and_blocking_mode) {
  uv_loop_t loop;
  uv_tty_t tty;
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(uv_loop_init(&loop), 0);
  // A write-only "terminal" stays blocking; its writes finish at once.
  ASSERT_EQ(uv_tty_init(&loop, &tty, s[0], 0), 0);
  ASSERT_EQ(tty.type, UV_TTY);
  ASSERT_FALSE(uv_is_readable((uv_stream_t *)&tty));
  ASSERT_TRUE(uv_is_writable((uv_stream_t *)&tty));
  ASSERT_EQ(fcntl(s[0], F_GETFL) & O_NONBLOCK, 0);
  uv_write_t w;
  uv_buf_t b = uv_buf_init("line\n", 5);
  ASSERT_EQ(uv_write(&w, (uv_stream_t *)&tty, &b, 1, tty_write_cb), 0);
  ASSERT_EQ(tty.write_queue_size, 0);
  char buf[8];
  ASSERT_EQ(read(s[1], buf, sizeof(buf)), 5);
  ASSERT_MEMEQ(buf, "line\n", 5);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(tty_written, 0);
  close(s[1]);

  // uv_stream_set_blocking switches O_NONBLOCK on the descriptor.
  uv_pipe_t p;
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(uv_pipe_init(&loop, &p, 0), 0);
  ASSERT_EQ(uv_stream_set_blocking((uv_stream_t *)&p, 1), UV_EBADF);
  ASSERT_EQ(uv_pipe_open(&p, s[0]), 0);
  ASSERT_NE(fcntl(s[0], F_GETFL) & O_NONBLOCK, 0);
  ASSERT_EQ(uv_stream_set_blocking((uv_stream_t *)&p, 1), 0);
  ASSERT_EQ(fcntl(s[0], F_GETFL) & O_NONBLOCK, 0);
  ASSERT_EQ(uv_stream_set_blocking((uv_stream_t *)&p, 0), 0);
  ASSERT_NE(fcntl(s[0], F_GETFL) & O_NONBLOCK, 0);
  uv_close((uv_handle_t *)&p, NULL);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  close(s[1]);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}
