// getrlimit reports fixed limits (no core files; the rest unknown) and
// setrlimit accepts only those: raising is EPERM, lowering (which nothing
// would enforce) EINVAL, and a refused call changes nothing.
#include <errno.h>
#include <sys/resource.h>

#include "harness.h"

static const int unknown_limits[] = {RLIMIT_CPU,    RLIMIT_DATA,  RLIMIT_FSIZE,
                                     RLIMIT_NOFILE, RLIMIT_STACK, RLIMIT_AS};

TEST(getrlimit_values) {
  struct rlimit rl = {1, 2};
  ASSERT_EQ(getrlimit(RLIMIT_CORE, &rl), 0);
  ASSERT_EQ(rl.rlim_cur, 0);
  ASSERT_EQ(rl.rlim_max, 0);
  for (size_t i = 0; i < sizeof(unknown_limits) / sizeof(unknown_limits[0]); ++i) {
    rl = (struct rlimit){1, 2};
    ASSERT_EQ(getrlimit(unknown_limits[i], &rl), 0);
    ASSERT_TRUE(rl.rlim_cur == RLIM_INFINITY);
    ASSERT_TRUE(rl.rlim_max == RLIM_INFINITY);
  }
  ASSERT_TRUE(RLIM_INFINITY > (rlim_t)1 << 62);
}

TEST(unknown_resource) {
  struct rlimit rl;
  errno = 0;
  ASSERT_EQ(getrlimit(-1, &rl), -1);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_EQ(getrlimit(1000, &rl), -1);
  ASSERT_EQ(errno, EINVAL);
  rl = (struct rlimit){RLIM_INFINITY, RLIM_INFINITY};
  errno = 0;
  ASSERT_EQ(setrlimit(1000, &rl), -1);
  ASSERT_EQ(errno, EINVAL);
}

TEST(setting_current_values_succeeds) {
  // The usual "raise the soft limit to the hard one" idiom.
  struct rlimit rl;
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
  rl.rlim_cur = rl.rlim_max;
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &rl), 0);
  // Disabling core files: already so.
  rl = (struct rlimit){0, 0};
  ASSERT_EQ(setrlimit(RLIMIT_CORE, &rl), 0);
}

TEST(raising_is_refused) {
  struct rlimit rl = {0, 4096};
  errno = 0;
  ASSERT_EQ(setrlimit(RLIMIT_CORE, &rl), -1);
  ASSERT_EQ(errno, EPERM);
  rl = (struct rlimit){RLIM_INFINITY, RLIM_INFINITY};
  errno = 0;
  ASSERT_EQ(setrlimit(RLIMIT_CORE, &rl), -1);
  ASSERT_EQ(errno, EPERM);
  ASSERT_EQ(getrlimit(RLIMIT_CORE, &rl), 0);
  ASSERT_EQ(rl.rlim_max, 0);
}

TEST(lowering_is_refused) {
  struct rlimit rl = {64, 64};
  errno = 0;
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &rl), -1);
  ASSERT_EQ(errno, EINVAL);
  rl = (struct rlimit){1 << 20, RLIM_INFINITY};
  errno = 0;
  ASSERT_EQ(setrlimit(RLIMIT_STACK, &rl), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(getrlimit(RLIMIT_STACK, &rl), 0);
  ASSERT_TRUE(rl.rlim_cur == RLIM_INFINITY);
  ASSERT_TRUE(rl.rlim_max == RLIM_INFINITY);
}

TEST(soft_above_hard_is_einval) {
  struct rlimit rl = {RLIM_INFINITY, 10};
  errno = 0;
  ASSERT_EQ(setrlimit(RLIMIT_CPU, &rl), -1);
  ASSERT_EQ(errno, EINVAL);
}
