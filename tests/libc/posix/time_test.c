// Clocks and sleeping.
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "posixtest.h"

static long long ns_of(const struct timespec *ts) {
  return (long long)ts->tv_sec * 1000000000 + ts->tv_nsec;
}

static long long mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ns_of(&ts);
}

TEST(clock_gettime_all_clocks) {
  static const clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
                                     CLOCK_THREAD_CPUTIME_ID};
  for (size_t i = 0; i < 4; i++) {
    struct timespec a, b, res;
    ASSERT_EQ(clock_gettime(clocks[i], &a), 0);
    ASSERT_TRUE(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
    ASSERT_EQ(clock_gettime(clocks[i], &b), 0);
    ASSERT_TRUE(ns_of(&b) >= ns_of(&a));
    ASSERT_EQ(clock_getres(clocks[i], &res), 0);
    ASSERT_TRUE(ns_of(&res) > 0 && ns_of(&res) <= 1000000000);
  }
  ASSERT_EQ(clock_getres(CLOCK_MONOTONIC, NULL), 0);
  struct timespec ts;
  ASSERT_ERRNO(clock_gettime((clockid_t)77, &ts), EINVAL);
  ASSERT_ERRNO(clock_getres((clockid_t)0, &ts), EINVAL);
  // The wall clock is after 2020.
  ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &ts), 0);
  ASSERT_TRUE(ts.tv_sec > 1577836800);
}

TEST(time_gettimeofday_timespec_get_clock) {
  struct timespec ts;
  ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &ts), 0);
  time_t t1;
  time_t t = time(&t1);
  ASSERT_EQ(t, t1);
  ASSERT_TRUE(t >= ts.tv_sec && t <= ts.tv_sec + 2);
  ASSERT_EQ(time(NULL) >= t, 1);
  struct timeval tv;
  ASSERT_EQ(gettimeofday(&tv, NULL), 0);
  ASSERT_TRUE(tv.tv_sec >= ts.tv_sec && tv.tv_sec <= ts.tv_sec + 2);
  ASSERT_TRUE(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
  struct timespec u;
  ASSERT_EQ(timespec_get(&u, TIME_UTC), TIME_UTC);
  ASSERT_TRUE(u.tv_sec >= ts.tv_sec);
  ASSERT_EQ(timespec_get(&u, 0), 0);
  // CPU time advances while we spin.
  clock_t c0 = clock();
  ASSERT_TRUE(c0 != (clock_t)-1);
  volatile unsigned long x = 0;
  while (clock() - c0 < CLOCKS_PER_SEC / 100)
    x++;
  ASSERT_TRUE(x > 0);
}

TEST(nanosleep_and_friends) {
  long long t0 = mono_ns();
  struct timespec req = {.tv_sec = 0, .tv_nsec = 50000000}, rem = {9, 9};
  ASSERT_EQ(nanosleep(&req, &rem), 0);
  ASSERT_TRUE(mono_ns() - t0 >= 50000000);
  ASSERT_EQ(rem.tv_sec, 0);
  ASSERT_EQ(rem.tv_nsec, 0);
  struct timespec bad = {.tv_sec = 0, .tv_nsec = 1000000000};
  ASSERT_ERRNO(nanosleep(&bad, NULL), EINVAL);
  bad.tv_nsec = -1;
  ASSERT_ERRNO(nanosleep(&bad, NULL), EINVAL);
  // A negative time does not sleep.
  struct timespec neg = {.tv_sec = -1, .tv_nsec = 0};
  t0 = mono_ns();
  ASSERT_EQ(nanosleep(&neg, NULL), 0);
  ASSERT_TRUE(mono_ns() - t0 < 100000000);

  t0 = mono_ns();
  ASSERT_EQ(usleep(30000), 0);
  ASSERT_TRUE(mono_ns() - t0 >= 30000000);
  t0 = mono_ns();
  ASSERT_EQ(sleep(1), 0);
  ASSERT_TRUE(mono_ns() - t0 >= 1000000000);
  ASSERT_EQ(sleep(0), 0);
}

TEST(clock_nanosleep_relative_and_absolute) {
  struct timespec start;
  ASSERT_EQ(clock_gettime(CLOCK_MONOTONIC, &start), 0);
  struct timespec until = start;
  until.tv_nsec += 40000000;
  if (until.tv_nsec >= 1000000000) {
    until.tv_nsec -= 1000000000;
    until.tv_sec++;
  }
  ASSERT_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
  struct timespec after;
  ASSERT_EQ(clock_gettime(CLOCK_MONOTONIC, &after), 0);
  ASSERT_TRUE(ns_of(&after) >= ns_of(&until));
  // The same on the wall clock.
  struct timespec wall;
  ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &wall), 0);
  wall.tv_nsec += 30000000;
  if (wall.tv_nsec >= 1000000000) {
    wall.tv_nsec -= 1000000000;
    wall.tv_sec++;
  }
  ASSERT_EQ(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &wall, NULL), 0);
  struct timespec wall_after;
  ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &wall_after), 0);
  ASSERT_TRUE(ns_of(&wall_after) >= ns_of(&wall));
  // An absolute time in the past returns at once.
  ASSERT_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &start, NULL), 0);
  // The wall clock, relative.
  struct timespec rel = {.tv_sec = 0, .tv_nsec = 20000000};
  long long t0 = mono_ns();
  ASSERT_EQ(clock_nanosleep(CLOCK_REALTIME, 0, &rel, NULL), 0);
  ASSERT_TRUE(mono_ns() - t0 >= 20000000);
  // Errors are returned, not stored in errno.
  errno = 0;
  ASSERT_EQ(clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, 0, &rel, NULL), ENOTSUP);
  ASSERT_EQ(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &rel, NULL), EINVAL);
  ASSERT_EQ(clock_nanosleep((clockid_t)99, 0, &rel, NULL), EINVAL);
  ASSERT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0x10, &rel, NULL), EINVAL);
  struct timespec bad = {.tv_sec = 0, .tv_nsec = 2000000000};
  ASSERT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), EINVAL);
  ASSERT_EQ(errno, 0);
}
