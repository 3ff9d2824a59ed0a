// The order of event-loop callbacks, printed one event a line.  Built
// twice: for CloudABI with this SDK and natively against Debian's libuv;
// the uv_native_order test requires the same output from both.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

static uv_loop_t loop;

static void say(const char *what, const char *detail) {
  printf("%s %s\n", what, detail);
}

static void close_cb(uv_handle_t *h) {
  say("close", h->data);
}

static uv_timer_t t_main;
static uv_idle_t idle;
static uv_prepare_t prepare;
static uv_check_t check;
static int iterations;

static void timer_cb(uv_timer_t *t) {
  say("timer", t->data);
}
static void idle_cb(uv_idle_t *h) {
  say("idle", "");
}
static void prepare_cb(uv_prepare_t *h) {
  say("prepare", "");
}
static void check_cb(uv_check_t *h) {
  say("check", "");
  if (++iterations < 2)
    return;
  uv_close((uv_handle_t *)&t_main, close_cb);
  uv_close((uv_handle_t *)&idle, close_cb);
  uv_close((uv_handle_t *)&prepare, close_cb);
  uv_close((uv_handle_t *)&check, close_cb);
}

static void idle_once(uv_idle_t *h) {
  say("idle", h->data);
  uv_idle_stop(h);
  uv_close((uv_handle_t *)h, close_cb);
}

// Handles of one kind run newest first.
static void start_order(void) {
  static uv_idle_t i[3];
  static const char *names[] = {"i0", "i1", "i2"};
  for (int k = 0; k < 3; ++k) {
    uv_idle_init(&loop, &i[k]);
    i[k].data = (void *)names[k];
    uv_idle_start(&i[k], idle_once);
  }
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
}

static void phases(void) {
  uv_timer_init(&loop, &t_main);
  uv_idle_init(&loop, &idle);
  uv_prepare_init(&loop, &prepare);
  uv_check_init(&loop, &check);
  t_main.data = "main";
  idle.data = "idle";
  prepare.data = "prepare";
  check.data = "check";
  uv_check_start(&check, check_cb);
  uv_prepare_start(&prepare, prepare_cb);
  uv_idle_start(&idle, idle_cb);
  uv_timer_start(&t_main, timer_cb, 0, 0);
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
}

static uv_timer_t timers[6];
static int repeat_left = 3;
static void repeat_cb(uv_timer_t *t) {
  say("repeat", t->data);
  if (--repeat_left == 0)
    uv_close((uv_handle_t *)t, close_cb);
}
// Stops a timer that is due later (also when both are due at once).
static void stopper_cb(uv_timer_t *t) {
  say("timer", t->data);
  uv_timer_stop(&timers[4]);
}
static void once_cb(uv_timer_t *t) {
  say("timer", t->data);
}

// Expiry order, start order for equal expiries; closes happen afterwards
// so that the output does not depend on how many timers one iteration saw.
static void timer_order(void) {
  static const char *names[] = {"t30", "t10a", "t20", "t10b", "victim", "stopper"};
  static const uint64_t due[] = {30, 10, 20, 10, 25, 15};
  for (int i = 0; i < 6; ++i) {
    uv_timer_init(&loop, &timers[i]);
    timers[i].data = (void *)names[i];
    uv_timer_start(&timers[i], i == 5 ? stopper_cb : once_cb, due[i], 0);
  }
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  for (int i = 0; i < 6; ++i)
    uv_close((uv_handle_t *)&timers[i], close_cb);
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  static uv_timer_t rep;
  uv_timer_init(&loop, &rep);
  rep.data = "rep";
  uv_timer_start(&rep, repeat_cb, 1, 5);
  printf("repeat %d\n", (int)uv_timer_get_repeat(&rep));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
}

static int async_calls;
static uv_async_t async;
static void async_cb(uv_async_t *h) {
  ++async_calls;
  say("async", "");
}

static void modes(void) {
  printf("alive %d nowait %d once %d\n", uv_loop_alive(&loop),
         uv_run(&loop, UV_RUN_NOWAIT), uv_run(&loop, UV_RUN_ONCE));
  uv_async_init(&loop, &async, async_cb);
  async.data = "async";
  uv_async_send(&async);
  uv_async_send(&async);
  uv_async_send(&async);
  printf("nowait %d\n", uv_run(&loop, UV_RUN_NOWAIT));
  printf("nowait %d\n", uv_run(&loop, UV_RUN_NOWAIT));
  uv_unref((uv_handle_t *)&async);
  printf("alive %d has_ref %d active %d\n", uv_loop_alive(&loop),
         uv_has_ref((uv_handle_t *)&async), uv_is_active((uv_handle_t *)&async));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  uv_ref((uv_handle_t *)&async);
  printf("close busy %s\n", uv_err_name(uv_loop_close(&loop)));
  uv_close((uv_handle_t *)&async, close_cb);
  printf("closing %d alive %d\n", uv_is_closing((uv_handle_t *)&async),
         uv_loop_alive(&loop));
  printf("once %d\n", uv_run(&loop, UV_RUN_ONCE));
}

static char small[5];
static size_t got_b, got_a;
static uv_pipe_t a, b;
static void alloc_small(uv_handle_t *h, size_t size, uv_buf_t *buf) {
  *buf = uv_buf_init(small, sizeof(small));
}
static void write_cb(uv_write_t *req, int status);
static void shut_cb(uv_shutdown_t *req, int status) {
  printf("shutdown %s %s\n", (char *)req->handle->data,
         status == 0 ? "ok" : uv_err_name(status));
  if (req->handle == (uv_stream_t *)&b)
    uv_close((uv_handle_t *)&b, close_cb);
}
static void read_cb(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  size_t *got = s == (uv_stream_t *)&a ? &got_a : &got_b;
  if (n > 0) {
    if (s == (uv_stream_t *)&b) {
      uv_write_t *w = malloc(sizeof(*w) + (size_t)n);
      memcpy(w + 1, buf->base, (size_t)n);
      uv_buf_t out = uv_buf_init((char *)(w + 1), (unsigned int)n);
      uv_write(w, s, &out, 1, (uv_write_cb)free);
    }
    *got += (size_t)n;
    return;
  }
  if (n == 0)
    return;
  printf("read %s %s after %zu\n", (char *)s->data, uv_err_name((int)n), *got);
  if (s == (uv_stream_t *)&b) {
    static uv_shutdown_t req;
    uv_shutdown(&req, s, shut_cb);
  } else {
    uv_close((uv_handle_t *)s, close_cb);
  }
}
static void write_cb(uv_write_t *req, int status) {
  printf("write %s %d queue %zu\n", (char *)req->handle->data, status,
         req->handle->write_queue_size);
}

static void stream(void) {
  int s[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  uv_pipe_init(&loop, &a, 0);
  uv_pipe_init(&loop, &b, 0);
  a.data = "a";
  b.data = "b";
  uv_pipe_open(&a, s[0]);
  uv_pipe_open(&b, s[1]);
  printf("readable %d writable %d\n", uv_is_readable((uv_stream_t *)&a),
         uv_is_writable((uv_stream_t *)&a));
  uv_read_start((uv_stream_t *)&a, alloc_small, read_cb);
  uv_read_start((uv_stream_t *)&b, alloc_small, read_cb);
  static char data[3000];
  memset(data, 'x', sizeof(data));
  uv_buf_t bufs[2] = {uv_buf_init(data, 1000), uv_buf_init(data + 1000, 2000)};
  static uv_write_t w;
  uv_write(&w, (uv_stream_t *)&a, bufs, 2, write_cb);
  static uv_shutdown_t sh;
  uv_shutdown(&sh, (uv_stream_t *)&a, shut_cb);
  printf("writable after shutdown %d\n", uv_is_writable((uv_stream_t *)&a));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
}

static uv_timer_t again_t;
static int again_n;
static void again_cb(uv_timer_t *t) {
  printf("again %d repeat %d\n", ++again_n, (int)uv_timer_get_repeat(t));
  if (again_n == 1) {
    uv_timer_set_repeat(t, 2);  // takes effect when rescheduled
  } else if (again_n == 3) {
    uv_timer_start(t, again_cb, 1, 0);  // restart from inside the callback
  } else if (again_n == 4) {
    printf("active %d\n", uv_is_active((uv_handle_t *)t));
    uv_close((uv_handle_t *)t, close_cb);
  }
}

static uv_idle_t stopper_idle;
static int stopper_n;
static void stopper_idle_cb(uv_idle_t *h) {
  printf("idle %d\n", ++stopper_n);
  if (stopper_n == 2)
    uv_stop(h->loop);
  if (stopper_n == 4)
    uv_close((uv_handle_t *)h, close_cb);
}

static void timers_more(void) {
  uv_timer_init(&loop, &again_t);
  again_t.data = "again";
  printf("again unstarted %s\n", uv_err_name(uv_timer_again(&again_t)));
  uv_timer_start(&again_t, again_cb, 1, 5);
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  uv_idle_init(&loop, &stopper_idle);
  stopper_idle.data = "stopper";
  uv_idle_start(&stopper_idle, stopper_idle_cb);
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  printf("once %d\n", uv_run(&loop, UV_RUN_ONCE));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
}

static char poll_log[64];
static int poll_peer;
static void poll_cb(uv_poll_t *h, int status, int events) {
  printf("poll %d %s%s%s\n", status, events & UV_READABLE ? "R" : "",
         events & UV_WRITABLE ? "W" : "", events & UV_DISCONNECT ? "D" : "");
  if (events & UV_WRITABLE) {
    uv_poll_start(h, UV_READABLE, poll_cb);
    write(poll_peer, "z", 1);
  } else if (poll_log[0] == '\0') {
    char c;
    int fd;
    uv_fileno((uv_handle_t *)h, &fd);
    read(fd, &c, 1);
    poll_log[0] = c;
    uv_poll_start(h, UV_READABLE, poll_cb);
    close(poll_peer);
  } else {
    char c;
    int fd;
    uv_fileno((uv_handle_t *)h, &fd);
    printf("read %d\n", (int)read(fd, &c, 1));
    uv_close((uv_handle_t *)h, close_cb);
  }
}

static void poll_handle(void) {
  int s[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  static uv_poll_t p;
  uv_poll_init(&loop, &p, s[0]);
  p.data = "poll";
  poll_peer = s[1];
  uv_poll_start(&p, UV_WRITABLE, poll_cb);
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  close(s[0]);
}

static void stream_errors(void) {
  int s[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  static uv_pipe_t p;
  uv_pipe_init(&loop, &p, 0);
  p.data = "p";
  uv_buf_t b = uv_buf_init("abc", 3);
  printf("try_write unopened %s\n", uv_err_name(uv_try_write((uv_stream_t *)&p, &b, 1)));
  uv_pipe_open(&p, s[0]);
  printf("try_write %d\n", uv_try_write((uv_stream_t *)&p, &b, 1));
  static uv_shutdown_t sh, sh2;
  printf("shutdown %d\n", uv_shutdown(&sh, (uv_stream_t *)&p, shut_cb));
  printf("shutdown again %s\n", uv_err_name(uv_shutdown(&sh2, (uv_stream_t *)&p, shut_cb)));
  static uv_write_t w;
  printf("write after shutdown %s\n", uv_err_name(uv_write(&w, (uv_stream_t *)&p, &b, 1, write_cb)));
  printf("try_write after shutdown %s\n", uv_err_name(uv_try_write((uv_stream_t *)&p, &b, 1)));
  printf("active %d\n", uv_is_active((uv_handle_t *)&p));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  printf("active %d readable %d writable %d\n", uv_is_active((uv_handle_t *)&p),
         uv_is_readable((uv_stream_t *)&p), uv_is_writable((uv_stream_t *)&p));
  uv_close((uv_handle_t *)&p, close_cb);
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  close(s[1]);
}

static char dgram[8];
static int dgrams;
static void udp_alloc(uv_handle_t *h, size_t size, uv_buf_t *buf) {
  *buf = uv_buf_init(dgram, sizeof(dgram));
}
static void udp_recv(uv_udp_t *u, ssize_t n, const uv_buf_t *buf,
                     const struct sockaddr *addr, unsigned int flags) {
  printf("udp %d %s %s%s\n", (int)n, addr == NULL ? "null" : "addr",
         addr != NULL && addr->sa_family == AF_UNSPEC ? "unspec" : "",
         (flags & UV_UDP_PARTIAL) ? " partial" : "");
  if (addr != NULL && ++dgrams == 3)
    uv_close((uv_handle_t *)u, close_cb);
}

static void udp(void) {
  int d[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, d);
  static uv_udp_t u;
  uv_udp_init(&loop, &u);
  u.data = "udp";
  printf("udp open %d\n", uv_udp_open(&u, d[0]));
  send(d[1], "one", 3, 0);
  send(d[1], "", 0, 0);
  send(d[1], "much too long", 13, 0);
  printf("recv start %d\n", uv_udp_recv_start(&u, udp_alloc, udp_recv));
  printf("recv start again %s\n", uv_err_name(uv_udp_recv_start(&u, udp_alloc, udp_recv)));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  close(d[1]);
}

static void work_cb(uv_work_t *req) {
}
static void after_cb(uv_work_t *req, int status) {
  printf("after %s %s\n", (char *)req->data, status == 0 ? "ok" : uv_err_name(status));
}
static void fs_cb(uv_fs_t *req) {
  printf("fs %d result %zd\n", req->fs_type == UV_FS_READ, req->result);
  uv_fs_req_cleanup(req);
}

static void requests(void) {
  static uv_work_t w1;
  w1.data = "w1";
  // Requests count as active until their callbacks have run.
  uv_queue_work(&loop, &w1, work_cb, after_cb);
  printf("alive %d\n", uv_loop_alive(&loop));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  int s[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  uv_fs_t req;
  uv_buf_t b1 = uv_buf_init("hello", 5);
  printf("fs write %d\n", uv_fs_write(&loop, &req, s[0], &b1, 1, -1, NULL));
  uv_fs_req_cleanup(&req);
  static char buf[16];
  uv_buf_t b2 = uv_buf_init(buf, sizeof(buf));
  static uv_fs_t rreq;
  printf("fs read queued %d\n", uv_fs_read(&loop, &rreq, s[1], &b2, 1, -1, fs_cb));
  printf("run %d\n", uv_run(&loop, UV_RUN_DEFAULT));
  printf("fs close %s\n", uv_err_name(uv_fs_close(&loop, &req, 1000, NULL)));
  uv_fs_req_cleanup(&req);

  uv_getaddrinfo_t gai;
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_flags = AI_NUMERICHOST;
  hints.ai_socktype = SOCK_STREAM;
  int r = uv_getaddrinfo(&loop, &gai, NULL, "127.0.0.1", "8080", &hints);
  printf("getaddrinfo %d family %d port %d\n", r,
         gai.addrinfo->ai_family == AF_INET,
         ntohs(((struct sockaddr_in *)gai.addrinfo->ai_addr)->sin_port));
  uv_freeaddrinfo(gai.addrinfo);
  printf("getaddrinfo %s\n",
         uv_err_name(uv_getaddrinfo(&loop, &gai, NULL, "256.1.1.1", NULL, &hints)));
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  uv_loop_init(&loop);
  phases();
  start_order();
  timer_order();
  modes();
  timers_more();
  stream();
  poll_handle();
  stream_errors();
  udp();
  requests();
  // Every code of this libc's UV_ERRNO_MAP exists in libuv's with the
  // same name.
  static const int codes[] = {
      UV_E2BIG, UV_EACCES, UV_EADDRINUSE, UV_EADDRNOTAVAIL, UV_EAFNOSUPPORT,
      UV_EAGAIN, UV_EAI_ADDRFAMILY, UV_EAI_AGAIN, UV_EAI_BADFLAGS,
      UV_EAI_BADHINTS, UV_EAI_CANCELED, UV_EAI_FAIL, UV_EAI_FAMILY,
      UV_EAI_MEMORY, UV_EAI_NODATA, UV_EAI_NONAME, UV_EAI_OVERFLOW,
      UV_EAI_PROTOCOL, UV_EAI_SERVICE, UV_EAI_SOCKTYPE, UV_EALREADY, UV_EBADF,
      UV_EBUSY, UV_ECANCELED, UV_ECHARSET, UV_ECONNABORTED, UV_ECONNREFUSED,
      UV_ECONNRESET, UV_EDESTADDRREQ, UV_EEXIST, UV_EFAULT, UV_EFBIG,
      UV_EHOSTDOWN, UV_EHOSTUNREACH, UV_EINTR, UV_EINVAL, UV_EIO, UV_EISCONN,
      UV_EISDIR, UV_ELOOP, UV_EMFILE, UV_EMLINK, UV_EMSGSIZE, UV_ENAMETOOLONG,
      UV_ENETDOWN, UV_ENETUNREACH, UV_ENFILE, UV_ENOBUFS, UV_ENODEV,
      UV_ENOENT, UV_ENOMEM, UV_ENONET, UV_ENOPROTOOPT, UV_ENOSPC, UV_ENOSYS,
      UV_ENOTCONN, UV_ENOTDIR, UV_ENOTEMPTY, UV_ENOTSOCK, UV_ENOTSUP,
      UV_ENOTTY, UV_ENXIO, UV_EOF, UV_EPERM, UV_EPIPE, UV_EPROTO,
      UV_EPROTONOSUPPORT, UV_EPROTOTYPE, UV_ERANGE, UV_EREMOTEIO, UV_EROFS,
      UV_ESHUTDOWN, UV_ESPIPE, UV_ESRCH, UV_ETIMEDOUT, UV_ETXTBSY, UV_EXDEV,
  };
  for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); ++i)
    printf("name %s\n", uv_err_name(codes[i]));
  // The environment: the native program's, the cloudabi-run --env one.
  char value[8];
  size_t size = sizeof(value);
  int r = uv_os_getenv("UV_ORDER_ENV", value, &size);
  printf("getenv %s %zu %s\n", uv_err_name(r), size, r == 0 ? value : "");
  size = 3;
  r = uv_os_getenv("UV_ORDER_ENV", value, &size);
  printf("getenv %s %zu\n", uv_err_name(r), size);
  size = sizeof(value);
  printf("getenv %s\n", uv_err_name(uv_os_getenv("UV_ORDER_UNSET", value, &size)));
  printf("loop close %d\n", uv_loop_close(&loop));
  return 0;
}
