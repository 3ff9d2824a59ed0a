#include <setjmp.h>
#include <string.h>

#include "harness.h"

static jmp_buf env;
static int depth_reached;

// Address-taken locals live on the SafeStack unsafe stack: the jumps below
// leave frames that used it, so longjmp must restore its pointer.
static void __attribute__((noinline)) dive(int depth, int val) {
  volatile char buf[256];
  memset((char *)buf, depth, sizeof(buf));
  depth_reached = depth;
  if (depth == 0)
    longjmp(env, val);
  dive(depth - 1, val);
  buf[0]++;
}

extern _Thread_local void *__safestack_unsafe_stack_ptr;

TEST(setjmp_longjmp) {
  volatile int count = 0;
  volatile char local[64];
  memset((char *)local, 'x', sizeof(local));
  void *usp = __safestack_unsafe_stack_ptr;
  int r = setjmp(env);
  count++;
  if (r == 0) {
    ASSERT_EQ(count, 1);
    dive(10, 42);
  }
  ASSERT_EQ(r, 42);
  ASSERT_EQ(count, 2);
  ASSERT_EQ(depth_reached, 0);
  ASSERT_TRUE(__safestack_unsafe_stack_ptr == usp);
  for (size_t i = 0; i < sizeof(local); i++)
    ASSERT_EQ(local[i], 'x');
}

TEST(zero_becomes_one) {
  int r = setjmp(env);
  if (r == 0)
    longjmp(env, 0);
  ASSERT_EQ(r, 1);
}

TEST(aliases) {
  static sigjmp_buf senv;
  volatile int n = 0;
  int r = sigsetjmp(senv, 1);
  n++;
  if (r == 0)
    siglongjmp(senv, 7);
  ASSERT_EQ(r, 7);
  ASSERT_EQ(n, 2);
  static jmp_buf e2;
  r = _setjmp(e2);
  if (r == 0)
    _longjmp(e2, -3);
  ASSERT_EQ(r, -3);
}

TEST(repeated_jumps) {
  // Many jumps from deep frames: the unsafe stack must not drift.
  void *usp = __safestack_unsafe_stack_ptr;
  for (volatile int i = 0; i < 1000; i++) {
    if (setjmp(env) == 0)
      dive(i % 20, 1);
  }
  ASSERT_TRUE(__safestack_unsafe_stack_ptr == usp);
}
