// Clocks, randomness, yielding and signals.
#include <harness.h>

#include "sys_test.h"

TEST(all_clocks_answer) {
  static const cloudabi_clockid_t clocks[] = {
      CLOUDABI_CLOCK_MONOTONIC, CLOUDABI_CLOCK_PROCESS_CPUTIME_ID, CLOUDABI_CLOCK_REALTIME,
      CLOUDABI_CLOCK_THREAD_CPUTIME_ID};
  for (size_t i = 0; i < 4; i++) {
    cloudabi_timestamp_t res = 0, t1 = 0, t2 = 0;
    ASSERT_EQ(cloudabi_sys_clock_res_get(clocks[i], &res), 0);
    ASSERT_TRUE(res > 0 && res <= 1000000000);
    ASSERT_EQ(cloudabi_sys_clock_time_get(clocks[i], 1, &t1), 0);
    ASSERT_EQ(cloudabi_sys_clock_time_get(clocks[i], 1, &t2), 0);
    ASSERT_TRUE(t2 >= t1);
  }
  cloudabi_timestamp_t now;
  ASSERT_EQ(cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_REALTIME, 0, &now), 0);
  ASSERT_TRUE(now > 1600000000ull * 1000000000ull);  // after 2020
  ASSERT_EQ(cloudabi_sys_clock_time_get(0, 0, &now), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_clock_res_get(5, &now), CLOUDABI_EINVAL);
}

TEST(random_bytes_differ) {
  unsigned char a[64], b[64];
  ASSERT_EQ(cloudabi_sys_random_get(a, sizeof(a)), 0);
  ASSERT_EQ(cloudabi_sys_random_get(b, sizeof(b)), 0);
  ASSERT_FALSE(test_mem_equal(a, b, sizeof(a)));
  ASSERT_EQ(cloudabi_sys_random_get(a, 0), 0);
  ASSERT_EQ(cloudabi_sys_random_get((void *)8, 8), CLOUDABI_EFAULT);
}

TEST(yield) { ASSERT_EQ(cloudabi_sys_thread_yield(), 0); }

TEST(ignored_and_invalid_signals) {
  ASSERT_EQ(cloudabi_sys_proc_raise(CLOUDABI_SIGCHLD), 0);
  ASSERT_EQ(cloudabi_sys_proc_raise(CLOUDABI_SIGURG), 0);
  ASSERT_EQ(cloudabi_sys_proc_raise(CLOUDABI_SIGPIPE), 0);
  ASSERT_EQ(cloudabi_sys_proc_raise(0), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_proc_raise(27), CLOUDABI_EINVAL);
}
