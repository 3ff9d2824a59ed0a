// poll(), select() and pselect() with timeouts.
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "posixtest.h"

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

TEST(poll_readiness) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  struct pollfd p[3] = {
      {.fd = s[0], .events = POLLIN},
      {.fd = s[1], .events = POLLIN | POLLOUT},
      {.fd = -1, .events = POLLIN, .revents = 123},
  };
  // Nothing to read yet, but writable.
  ASSERT_EQ(poll(p, 3, 0), 1);
  ASSERT_EQ(p[0].revents, 0);
  ASSERT_EQ(p[1].revents, POLLOUT);
  ASSERT_EQ(p[2].revents, 0);
  ASSERT_EQ(write(s[1], "x", 1), 1);
  ASSERT_EQ(poll(p, 2, 1000), 2);
  ASSERT_EQ(p[0].revents, POLLIN);
  ASSERT_EQ(p[1].revents, POLLOUT);
  // The peer goes away: POLLHUP (with POLLIN, reading gives EOF).
  ASSERT_EQ(close(s[1]), 0);
  char c;
  ASSERT_EQ(read(s[0], &c, 1), 1);
  struct pollfd q = {.fd = s[0], .events = POLLIN};
  ASSERT_EQ(poll(&q, 1, 1000), 1);
  ASSERT_TRUE(q.revents & POLLHUP);
  ASSERT_FALSE(q.revents & POLLOUT);
  ASSERT_EQ(read(s[0], &c, 1), 0);
  close(s[0]);
}

TEST(poll_timeouts) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  struct pollfd r = {.fd = p[0], .events = POLLIN};
  long long t0 = now_ms();
  ASSERT_EQ(poll(&r, 1, 0), 0);
  ASSERT_TRUE(now_ms() - t0 < 100);
  t0 = now_ms();
  ASSERT_EQ(poll(&r, 1, 150), 0);
  long long waited = now_ms() - t0;
  ASSERT_TRUE(waited >= 150);
  ASSERT_TRUE(waited < 2000);
  ASSERT_EQ(r.revents, 0);
  // No descriptors at all: just a sleep.
  t0 = now_ms();
  ASSERT_EQ(poll(NULL, 0, 60), 0);
  ASSERT_TRUE(now_ms() - t0 >= 60);
  // Data arriving ends the wait early: written before, found at once even
  // with a long timeout.
  ASSERT_EQ(write(p[1], "d", 1), 1);
  t0 = now_ms();
  ASSERT_EQ(poll(&r, 1, 10000), 1);
  ASSERT_TRUE(now_ms() - t0 < 1000);
  ASSERT_EQ(r.revents, POLLIN);
  // Infinite timeout with a ready descriptor returns.
  ASSERT_EQ(poll(&r, 1, -1), 1);
  close(p[0]);
  close(p[1]);
}

TEST(poll_bad_descriptors) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  int closed = dup(p[0]);
  close(closed);
  struct pollfd f[2] = {{.fd = closed, .events = POLLIN}, {.fd = p[0], .events = POLLIN}};
  ASSERT_EQ(poll(f, 2, 0), 1);
  ASSERT_EQ(f[0].revents, POLLNVAL);
  ASSERT_EQ(f[1].revents, 0);
  // Without POLL_FD_READWRITE the subscription fails: POLLERR.
  ASSERT_EQ(limit_rights(p[0], ~CLOUDABI_RIGHT_POLL_FD_READWRITE, ~(cloudabi_rights_t)0), 0);
  struct pollfd g = {.fd = p[0], .events = POLLIN};
  ASSERT_EQ(poll(&g, 1, 0), 1);
  ASSERT_EQ(g.revents, POLLERR);
  close(p[0]);
  close(p[1]);
}

TEST(poll_many_descriptors) {
  // More entries than fit the on-stack subscription array.
  enum { N = 20 };
  int pipes[N][2];
  struct pollfd f[N];
  for (int i = 0; i < N; i++) {
    ASSERT_EQ(pipe(pipes[i]), 0);
    f[i] = (struct pollfd){.fd = pipes[i][0], .events = POLLIN};
  }
  for (int i = 0; i < N; i += 3)
    ASSERT_EQ(write(pipes[i][1], "z", 1), 1);
  ASSERT_EQ(poll(f, N, 100), (N + 2) / 3);
  for (int i = 0; i < N; i++)
    ASSERT_EQ(f[i].revents, i % 3 == 0 ? POLLIN : 0);
  for (int i = 0; i < N; i++) {
    close(pipes[i][0]);
    close(pipes[i][1]);
  }
}

TEST(select_and_pselect) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  int nfds = (s[0] > s[1] ? s[0] : s[1]) + 1;
  fd_set r, w;
  FD_ZERO(&r);
  FD_ZERO(&w);
  FD_SET(s[0], &r);
  FD_SET(s[1], &r);
  FD_SET(s[1], &w);
  ASSERT_TRUE(FD_ISSET(s[0], &r));
  struct timeval tv = {.tv_sec = 0, .tv_usec = 100000};
  long long t0 = now_ms();
  ASSERT_EQ(select(nfds, &r, &w, NULL, &tv), 1);
  ASSERT_TRUE(now_ms() - t0 < 1000);
  ASSERT_FALSE(FD_ISSET(s[0], &r));
  ASSERT_FALSE(FD_ISSET(s[1], &r));
  ASSERT_TRUE(FD_ISSET(s[1], &w));
  // Nothing ready: the timeout passes and the sets come back empty.
  FD_ZERO(&r);
  FD_SET(s[0], &r);
  tv = (struct timeval){.tv_sec = 0, .tv_usec = 120000};
  t0 = now_ms();
  ASSERT_EQ(select(nfds, &r, NULL, NULL, &tv), 0);
  ASSERT_TRUE(now_ms() - t0 >= 120);
  ASSERT_FALSE(FD_ISSET(s[0], &r));
  // Readable after a write; pselect with a timespec.
  ASSERT_EQ(write(s[1], "q", 1), 1);
  FD_SET(s[0], &r);
  fd_set e;
  FD_ZERO(&e);
  FD_SET(s[0], &e);
  struct timespec ts = {.tv_sec = 1, .tv_nsec = 0};
  ASSERT_EQ(pselect(nfds, &r, NULL, &e, &ts, NULL), 1);
  ASSERT_TRUE(FD_ISSET(s[0], &r));
  ASSERT_FALSE(FD_ISSET(s[0], &e));
  // Descriptors at or above nfds are not looked at.
  FD_ZERO(&r);
  FD_SET(s[0], &r);
  tv = (struct timeval){0, 0};
  ASSERT_EQ(select(s[0], &r, NULL, NULL, &tv), 0);
  // Errors.
  tv = (struct timeval){.tv_sec = 0, .tv_usec = 1000000};
  ASSERT_ERRNO(select(nfds, &r, NULL, NULL, &tv), EINVAL);
  ts = (struct timespec){.tv_sec = 0, .tv_nsec = -1};
  ASSERT_ERRNO(pselect(nfds, &r, NULL, NULL, &ts, NULL), EINVAL);
  ASSERT_ERRNO(select(-1, NULL, NULL, NULL, NULL), EINVAL);
  int closed = dup(s[0]);
  close(closed);
  FD_ZERO(&r);
  FD_SET(closed, &r);
  tv = (struct timeval){0, 0};
  ASSERT_ERRNO(select(closed + 1, &r, NULL, NULL, &tv), EBADF);
  FD_ZERO(&r);
  FD_SET(closed, &e);
  ASSERT_ERRNO(select(closed + 1, NULL, NULL, &e, &tv), EBADF);
  close(s[0]);
  close(s[1]);
}

TEST(fd_set_operations) {
  fd_set a, b;
  FD_ZERO(&a);
  ASSERT_FALSE(FD_ISSET(5, &a));
  FD_SET(5, &a);
  FD_SET(5, &a);
  FD_SET(100000, &a);  // large numbers are fine
  FD_SET(-3, &a);      // negative ones are ignored
  ASSERT_TRUE(FD_ISSET(5, &a));
  ASSERT_TRUE(FD_ISSET(100000, &a));
  ASSERT_FALSE(FD_ISSET(-3, &a));
  FD_COPY(&a, &b);
  FD_CLR(5, &a);
  ASSERT_FALSE(FD_ISSET(5, &a));
  ASSERT_TRUE(FD_ISSET(100000, &a));
  ASSERT_TRUE(FD_ISSET(5, &b));
  for (int i = 0; i < FD_SETSIZE + 10; i++)
    FD_SET(i, &a);
  ASSERT_TRUE(FD_ISSET(FD_SETSIZE - 2, &a));
  ASSERT_FALSE(FD_ISSET(FD_SETSIZE + 5, &a));  // full
}

TEST(poll_direction_without_right_is_never_ready) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  // The read end cannot be written: POLLOUT never comes, and nothing else
  // is reported while there is no data.
  struct pollfd r = {.fd = p[0], .events = POLLIN | POLLOUT};
  long long t0 = now_ms();
  ASSERT_EQ(poll(&r, 1, 80), 0);
  ASSERT_TRUE(now_ms() - t0 >= 80);
  ASSERT_EQ(r.revents, 0);
  ASSERT_EQ(write(p[1], "a", 1), 1);
  ASSERT_EQ(poll(&r, 1, 1000), 1);
  ASSERT_EQ(r.revents, POLLIN);
  // The write end asked for POLLIN only: never ready either.
  struct pollfd w[2] = {{.fd = p[1], .events = POLLIN}, {.fd = p[1], .events = POLLOUT}};
  ASSERT_EQ(poll(w, 2, 0), 1);
  ASSERT_EQ(w[0].revents, 0);
  ASSERT_EQ(w[1].revents, POLLOUT);
  ASSERT_EQ(poll(w, 1, 30), 0);
  ASSERT_EQ(w[0].revents, 0);
  // select() likewise.
  fd_set rs, ws;
  FD_ZERO(&rs);
  FD_ZERO(&ws);
  FD_SET(p[1], &rs);
  FD_SET(p[0], &ws);
  struct timeval tv = {0, 20000};
  int nfds = (p[0] > p[1] ? p[0] : p[1]) + 1;
  ASSERT_EQ(select(nfds, &rs, &ws, NULL, &tv), 0);
  close(p[0]);
  close(p[1]);
}

TEST(select_reports_hangup_as_ready) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(close(s[1]), 0);
  fd_set r, w;
  FD_ZERO(&r);
  FD_ZERO(&w);
  FD_SET(s[0], &r);
  FD_SET(s[0], &w);
  struct timeval tv = {1, 0};
  long long t0 = now_ms();
  ASSERT_EQ(select(s[0] + 1, &r, &w, NULL, &tv), 2);
  ASSERT_TRUE(now_ms() - t0 < 900);
  ASSERT_TRUE(FD_ISSET(s[0], &r));
  ASSERT_TRUE(FD_ISSET(s[0], &w));
  char c;
  ASSERT_EQ(read(s[0], &c, 1), 0);
  ASSERT_ERRNO(write(s[0], "x", 1), EPIPE);
  close(s[0]);
}
