// Minimal checking helpers for the host configuration tests.
#ifndef TESTS_HOST_CONFIG_CHECK_H
#define TESTS_HOST_CONFIG_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

extern int check_failures;
extern int check_count;

#define CHECK(cond)                                                          \
  do {                                                                       \
    ++check_count;                                                           \
    if (!(cond)) {                                                           \
      ++check_failures;                                                      \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,      \
              #cond);                                                        \
    }                                                                        \
  } while (0)

// Compares bytes with a hex string such as "06 86 08"; prints both on a
// mismatch.  `where` names the case.
#define CHECK_BYTES(buf, len, hex) \
  check_bytes(__FILE__, __LINE__, (buf), (len), (hex))
bool check_bytes(const char *file, int line, const unsigned char *buf,
                 size_t len, const char *hex);

#define CHECK_STR(actual, expected) \
  check_str(__FILE__, __LINE__, (actual), (expected))
bool check_str(const char *file, int line, const char *actual,
               const char *expected);

// Number of descriptors open in this process (to catch leaks).
int count_open_fds(void);

#endif
