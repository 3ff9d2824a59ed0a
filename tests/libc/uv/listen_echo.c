// uv_accept on a granted listening socket: the whole configuration is
// `!listen {address: ...}` (tests/host/listen_client.c starts this program
// and connects twice).  Each connection is read until a newline, answered
// with "echo: LINE" and closed; after two the program exits 0.  A uv_poll_t
// reports waiting connections, since uv_listen does not exist here.
#include <argdata.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

struct conn {
  uv_tcp_t tcp;
  uv_write_t write;
  char line[128];
  size_t len;
  char reply[160];
};

static uv_tcp_t server;
static uv_poll_t waiting;
static int served;

static void fail(int code) {
  exit(code);
}

static void conn_closed(uv_handle_t *h) {
  free(h->data);
  if (++served == 2) {
    uv_close((uv_handle_t *)&waiting, NULL);
    uv_close((uv_handle_t *)&server, NULL);
  }
}

static void replied(uv_write_t *req, int status) {
  if (status != 0)
    fail(10);
  uv_close((uv_handle_t *)req->handle, conn_closed);
}

static void alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  struct conn *c = h->data;
  *buf = uv_buf_init(c->line + c->len, (unsigned int)(sizeof(c->line) - 1 - c->len));
}

static void got(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  struct conn *c = s->data;
  if (n < 0)
    fail(11);
  c->len += (size_t)n;
  c->line[c->len] = '\0';
  if (strchr(c->line, '\n') == NULL)
    return;
  uv_read_stop(s);
  strcpy(c->reply, "echo: ");
  strcat(c->reply, c->line);
  uv_buf_t out = uv_buf_init(c->reply, (unsigned int)strlen(c->reply));
  if (uv_write(&c->write, s, &out, 1, replied) != 0)
    fail(12);
}

static void connection_waiting(uv_poll_t *p, int status, int events) {
  if (status != 0)
    fail(13);
  struct conn *c = calloc(1, sizeof(*c));
  if (c == NULL || uv_tcp_init(p->loop, &c->tcp) != 0)
    fail(14);
  c->tcp.data = c;
  int error = uv_accept((uv_stream_t *)&server, (uv_stream_t *)&c->tcp);
  if (error == UV_EAGAIN) {  // someone was faster: nothing to take
    uv_close((uv_handle_t *)&c->tcp, conn_closed);
    --served;
    return;
  }
  if (error != 0 || uv_read_start((uv_stream_t *)&c->tcp, alloc, got) != 0)
    fail(15);
}

void program_main(const argdata_t *ad) {
  int fd;
  uv_loop_t loop;
  if (argdata_get_fd(ad, &fd) != 0)
    fail(2);
  if (uv_loop_init(&loop) != 0 || uv_tcp_init(&loop, &server) != 0 ||
      uv_tcp_open(&server, fd) != 0 || uv_poll_init(&loop, &waiting, fd) != 0 ||
      uv_poll_start(&waiting, UV_READABLE, connection_waiting) != 0)
    fail(3);
  if (uv_run(&loop, UV_RUN_DEFAULT) != 0 || served != 2)
    fail(4);
  exit(uv_loop_close(&loop) == 0 ? 0 : 5);
}
