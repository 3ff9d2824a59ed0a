#include <stddef.h>

#include "harness.h"

static int calls;
static int count(int v) {
  calls++;
  return v;
}

// Disabled: the operand is not evaluated, even a false one.  (The build
// may already define NDEBUG.)
#undef NDEBUG
#define NDEBUG
#include <assert.h>
static void disabled(void) {
  assert(count(0));
  assert(count(1));
}

// Enabled again by including the header without NDEBUG.
#undef NDEBUG
#include <assert.h>
static void enabled(void) {
  assert(count(1));
  assert(count(2) == 2);
}

TEST(ndebug_skips_operand) {
  calls = 0;
  disabled();
  ASSERT_EQ(calls, 0);
}

TEST(enabled_evaluates_once) {
  calls = 0;
  enabled();
  ASSERT_EQ(calls, 2);
}

TEST(assert_is_a_void_expression) {
  calls = 0;
  (void)(assert(count(3)), 0);
  ASSERT_EQ(calls, 1);
}

TEST(static_assert_keyword) {
  static_assert(sizeof(int) >= 2, "int is at least 16 bits");
  ASSERT_TRUE(1);
}
