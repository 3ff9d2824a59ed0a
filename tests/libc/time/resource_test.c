// <sys/times.h> and <sys/resource.h>: CPU time and elapsed time.
#include <errno.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

static volatile unsigned long sink;

// Burns CPU time until CLOCK_PROCESS_CPUTIME_ID has advanced by ms.
static void spin(long ms) {
  struct timespec a, b;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
  do {
    for (int i = 0; i < 100000; i++)
      sink += (unsigned long)i;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
  } while ((b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000 < ms);
}

TEST(times_counts_cpu_and_real_time) {
  ASSERT_EQ(sysconf(_SC_CLK_TCK), 100);
  struct tms t0, t1;
  clock_t r0 = times(&t0);
  ASSERT_TRUE(r0 != (clock_t)-1);
  spin(120);
  clock_t r1 = times(&t1);
  ASSERT_TRUE(t1.tms_utime - t0.tms_utime >= 11);  // 120 ms is 12 ticks
  ASSERT_TRUE(r1 - r0 >= 11);
  ASSERT_EQ(t1.tms_stime, 0);
  ASSERT_EQ(t1.tms_cutime, 0);
  ASSERT_EQ(t1.tms_cstime, 0);
  // Sleeping takes real time but no CPU time.
  struct timespec nap = {0, 200000000};
  nanosleep(&nap, NULL);
  struct tms t2;
  clock_t r2 = times(&t2);
  ASSERT_TRUE(r2 - r1 >= 19);
  ASSERT_TRUE(t2.tms_utime - t1.tms_utime < 10);
}

TEST(getrusage_self_and_children) {
  struct rusage a, b;
  ASSERT_EQ(getrusage(RUSAGE_SELF, &a), 0);
  spin(50);
  ASSERT_EQ(getrusage(RUSAGE_SELF, &b), 0);
  long long ua = a.ru_utime.tv_sec * 1000000LL + a.ru_utime.tv_usec;
  long long ub = b.ru_utime.tv_sec * 1000000LL + b.ru_utime.tv_usec;
  ASSERT_TRUE(ub - ua >= 50000);
  ASSERT_TRUE(b.ru_utime.tv_usec >= 0 && b.ru_utime.tv_usec < 1000000);
  ASSERT_EQ(b.ru_stime.tv_sec, 0);
  // It agrees with clock().
  clock_t c = clock();
  ASSERT_TRUE(c >= ub && c - ub < 1000000);
  struct rusage ch = {.ru_utime = {1, 1}};
  ASSERT_EQ(getrusage(RUSAGE_CHILDREN, &ch), 0);
  ASSERT_EQ(ch.ru_utime.tv_sec, 0);
  ASSERT_EQ(ch.ru_utime.tv_usec, 0);
  errno = 0;
  ASSERT_EQ(getrusage(5, &ch), -1);
  ASSERT_EQ(errno, EINVAL);
}
