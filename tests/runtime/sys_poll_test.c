// poll with clocks and descriptors.  (Locks, condvars and threads are
// tested by the freestanding foreign_threads program, built by tests/host.)
#include <harness.h>

#include "sys_test.h"

static cloudabi_timestamp_t now(void) {
  cloudabi_timestamp_t t = 0;
  cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 0, &t);
  return t;
}

static cloudabi_subscription_t clock_sub(cloudabi_userdata_t ud, cloudabi_timestamp_t timeout,
                                         bool abstime) {
  cloudabi_subscription_t s = {.userdata = ud, .type = CLOUDABI_EVENTTYPE_CLOCK};
  s.clock.clock_id = CLOUDABI_CLOCK_MONOTONIC;
  s.clock.timeout = timeout;
  s.clock.flags = abstime ? CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME : 0;
  return s;
}

static cloudabi_subscription_t fd_sub(cloudabi_userdata_t ud, cloudabi_eventtype_t type,
                                      cloudabi_fd_t fd) {
  cloudabi_subscription_t s = {.userdata = ud, .type = type};
  s.fd_readwrite.fd = fd;
  return s;
}

TEST(relative_clock_sleeps) {
  cloudabi_subscription_t s = clock_sub(42, 20000000, false);
  cloudabi_event_t ev;
  size_t n;
  cloudabi_timestamp_t t0 = now();
  ASSERT_EQ(cloudabi_sys_poll(&s, &ev, 1, &n), 0);
  ASSERT_TRUE(now() - t0 >= 20000000);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev.userdata, 42);
  ASSERT_EQ(ev.type, CLOUDABI_EVENTTYPE_CLOCK);
  ASSERT_EQ(ev.error, 0);
}

TEST(absolute_clock_in_the_past_fires_at_once) {
  cloudabi_subscription_t s = clock_sub(1, 1, true);
  cloudabi_event_t ev;
  size_t n;
  ASSERT_EQ(cloudabi_sys_poll(&s, &ev, 1, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev.type, CLOUDABI_EVENTTYPE_CLOCK);
  cloudabi_timestamp_t t0 = now();
  s = clock_sub(2, t0 + 15000000, true);
  ASSERT_EQ(cloudabi_sys_poll(&s, &ev, 1, &n), 0);
  ASSERT_TRUE(now() >= t0 + 15000000);
}

TEST(descriptor_readiness) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_subscription_t subs[2] = {fd_sub(10, CLOUDABI_EVENTTYPE_FD_READ, b),
                                     clock_sub(11, 10000000, false)};
  cloudabi_event_t ev[2];
  size_t n;
  // Nothing to read yet: the timeout fires.
  ASSERT_EQ(cloudabi_sys_poll(subs, ev, 2, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev[0].userdata, 11);
  size_t w;
  ASSERT_EQ(sys_test_write(a, "hello", &w), 0);
  ASSERT_EQ(cloudabi_sys_poll(subs, ev, 2, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev[0].userdata, 10);
  ASSERT_EQ(ev[0].type, CLOUDABI_EVENTTYPE_FD_READ);
  ASSERT_EQ(ev[0].error, 0);
  ASSERT_EQ(ev[0].fd_readwrite.nbytes, 5);
  ASSERT_EQ(ev[0].fd_readwrite.flags, 0);
  // Writable at once.
  cloudabi_subscription_t ws = fd_sub(12, CLOUDABI_EVENTTYPE_FD_WRITE, a);
  ASSERT_EQ(cloudabi_sys_poll(&ws, ev, 1, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev[0].type, CLOUDABI_EVENTTYPE_FD_WRITE);
  // The peer hangs up.
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  char buf[8];
  ASSERT_EQ(sys_test_read(b, buf, sizeof(buf), &w), 0);
  ASSERT_EQ(cloudabi_sys_poll(subs, ev, 1, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev[0].fd_readwrite.flags, CLOUDABI_EVENT_FD_READWRITE_HANGUP);
  cloudabi_sys_fd_close(b);
}

TEST(bad_subscriptions_become_error_events) {
  cloudabi_subscription_t subs[3] = {fd_sub(1, CLOUDABI_EVENTTYPE_FD_READ, 4000),
                                     fd_sub(2, CLOUDABI_EVENTTYPE_FD_WRITE,
                                            (cloudabi_fd_t)test_tmpdir()),
                                     clock_sub(3, 10ull * 1000000000ull, false)};
  subs[2].clock.clock_id = 99;
  cloudabi_event_t ev[3];
  size_t n;
  ASSERT_EQ(cloudabi_sys_poll(subs, ev, 3, &n), 0);
  ASSERT_EQ(n, 3);
  ASSERT_EQ(ev[0].userdata, 1);
  ASSERT_EQ(ev[0].error, CLOUDABI_EBADF);
  ASSERT_EQ(ev[1].userdata, 2);
  ASSERT_EQ(ev[1].error, CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(ev[2].userdata, 3);
  ASSERT_EQ(ev[2].error, CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_poll(subs, ev, 0, &n), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_poll((const cloudabi_subscription_t *)8, ev, 1, &n), CLOUDABI_EFAULT);
}

TEST(regular_files_are_always_ready) {
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open((cloudabi_fd_t)test_tmpdir(), "ready", CLOUDABI_O_CREAT,
                          RW_FILE_RIGHTS | CLOUDABI_RIGHT_POLL_FD_READWRITE, 0, &f),
            0);
  cloudabi_subscription_t subs[2] = {fd_sub(1, CLOUDABI_EVENTTYPE_FD_READ, f),
                                     fd_sub(2, CLOUDABI_EVENTTYPE_FD_WRITE, f)};
  cloudabi_event_t ev[2];
  size_t n;
  ASSERT_EQ(cloudabi_sys_poll(subs, ev, 2, &n), 0);
  ASSERT_EQ(n, 2);
  cloudabi_sys_fd_close(f);
}
