// Helpers shared by the thread tests: clocks and deadlines.
#ifndef TESTS_PTHREAD_UTIL_H
#define TESTS_PTHREAD_UTIL_H

#include <cloudabi_syscalls.h>
#include <stdint.h>
#include <time.h>

#define NS_PER_MS 1000000LL
#define NS_PER_S 1000000000LL

static inline int64_t now_ns(cloudabi_clockid_t clock) {
  cloudabi_timestamp_t t = 0;
  cloudabi_sys_clock_time_get(clock, 1, &t);
  return (int64_t)t;
}

static inline struct timespec ts_from_ns(int64_t ns) {
  struct timespec ts = {.tv_sec = ns / NS_PER_S, .tv_nsec = ns % NS_PER_S};
  return ts;
}

// An absolute deadline `ms` milliseconds from now on `clock`.
static inline struct timespec deadline_in(cloudabi_clockid_t clock, int ms) {
  return ts_from_ns(now_ns(clock) + ms * NS_PER_MS);
}

static inline int64_t ts_ns(const struct timespec *ts) {
  return (int64_t)ts->tv_sec * NS_PER_S + ts->tv_nsec;
}

static inline void sleep_ms(int ms) {
  cloudabi_subscription_t sub = {
      .type = CLOUDABI_EVENTTYPE_CLOCK,
      .clock.clock_id = CLOUDABI_CLOCK_MONOTONIC,
      .clock.timeout = (cloudabi_timestamp_t)ms * NS_PER_MS,
  };
  cloudabi_event_t ev;
  size_t n;
  cloudabi_sys_poll(&sub, &ev, 1, &n);
}

// Allowed lateness of a timed wait that times out.
#define TIMEOUT_SLACK_NS (10 * NS_PER_MS)

// Sets `ts` to a deadline `ms` from now on `clock`, evaluates `call`, which
// must return `expect` no earlier than the deadline and less than
// TIMEOUT_SLACK_NS after it.  A late return is retried up to nine times, so
// that preemptions of the test on a loaded host (CI runs two tests at once
// on two cores) do not count as failures, while an implementation that is
// always late still fails; an early return or a wrong result fails at once.
#define ASSERT_TIMES_OUT(clock, ms, ts, call, expect)          \
  do {                                                         \
    int64_t late_ = 0;                                         \
    for (int attempt_ = 0; attempt_ < 10; attempt_++) {        \
      (ts) = deadline_in((clock), (ms));                       \
      ASSERT_EQ((call), (expect));                             \
      late_ = now_ns(clock) - ts_ns(&(ts));                    \
      ASSERT_TRUE(late_ >= 0);                                 \
      if (late_ < TIMEOUT_SLACK_NS)                            \
        break;                                                 \
    }                                                          \
    ASSERT_TRUE(late_ < TIMEOUT_SLACK_NS);                     \
  } while (0)

#endif
