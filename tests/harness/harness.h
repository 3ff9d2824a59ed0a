// A small test harness for CloudABI test programs.
//
//   TEST(name) { ASSERT_EQ(strlen("abc"), 3); }
//
// Tests register themselves through constructors (which also exercises
// crt0's .init_array handling) and run in the order they are defined.
// The program receives an argdata map with `stdout`, `stderr` and `tmpdir`
// (a fresh directory); it prints one line per test and a final
// "N passed, N failed" line, and exits 1 if anything failed.  The harness
// writes with cloudabi_sys_fd_write directly, so it does not depend on the
// stdio being tested.
#ifndef TESTS_HARNESS_H
#define TESTS_HARNESS_H

#include <stdbool.h>
#include <stddef.h>

struct test_case {
  const char *name;
  void (*fn)(void);
  struct test_case *next;
};

void test_register(struct test_case *);
void test_fail(const char *file, int line, const char *expr, const char *detail);
void test_fail_int(const char *file, int line, const char *expr, long long a, long long b);
void test_fail_str(const char *file, int line, const char *expr, const char *a, const char *b);
void test_fail_mem(const char *file, int line, const char *expr, const void *a, const void *b, size_t n);
bool test_mem_equal(const void *a, const void *b, size_t n);
bool test_str_equal(const char *a, const char *b);

// Descriptors from the configuration (-1 when absent).
int test_tmpdir(void);
int test_stdout(void);
// Writes a message line to the test output.
void test_log(const char *message);

#define TEST(name)                                                       \
  static void test_fn_##name(void);                                      \
  static struct test_case test_case_##name = {#name, test_fn_##name, 0}; \
  __attribute__((constructor)) static void test_register_##name(void) {  \
    test_register(&test_case_##name);                                    \
  }                                                                      \
  static void test_fn_##name(void)

#define ASSERT_TRUE(e)                              \
  do {                                              \
    if (!(e)) {                                     \
      test_fail(__FILE__, __LINE__, #e, NULL);      \
      return;                                       \
    }                                               \
  } while (0)

#define ASSERT_FALSE(e) ASSERT_TRUE(!(e))

#define ASSERT_EQ(a, b)                                                \
  do {                                                                 \
    long long test_a_ = (long long)(a), test_b_ = (long long)(b);      \
    if (test_a_ != test_b_) {                                          \
      test_fail_int(__FILE__, __LINE__, #a " == " #b, test_a_, test_b_); \
      return;                                                          \
    }                                                                  \
  } while (0)

#define ASSERT_NE(a, b)                                                \
  do {                                                                 \
    long long test_a_ = (long long)(a), test_b_ = (long long)(b);      \
    if (test_a_ == test_b_) {                                          \
      test_fail_int(__FILE__, __LINE__, #a " != " #b, test_a_, test_b_); \
      return;                                                          \
    }                                                                  \
  } while (0)

#define ASSERT_STREQ(a, b)                                                 \
  do {                                                                     \
    const char *test_a_ = (a), *test_b_ = (b);                             \
    if (!test_str_equal(test_a_, test_b_)) {                               \
      test_fail_str(__FILE__, __LINE__, #a " == " #b, test_a_, test_b_);   \
      return;                                                              \
    }                                                                      \
  } while (0)

#define ASSERT_MEMEQ(a, b, n)                                                 \
  do {                                                                        \
    const void *test_a_ = (a), *test_b_ = (b);                                \
    size_t test_n_ = (n);                                                     \
    if (!test_mem_equal(test_a_, test_b_, test_n_)) {                         \
      test_fail_mem(__FILE__, __LINE__, #a " == " #b, test_a_, test_b_, test_n_); \
      return;                                                                 \
    }                                                                         \
  } while (0)

#endif
