// Helpers shared by the argdata tests.
#ifndef TESTS_LIBC_ARGDATA_UTIL_H
#define TESTS_LIBC_ARGDATA_UTIL_H

#include <argdata.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"

#define SENTINEL 0xa5

// Serializes `ad` (fds == NULL) and compares with the expected bytes; also
// checks serialized_length and that nothing is written past the end.
#define ASSERT_ENCODES(ad, ...)                                  \
  do {                                                           \
    static const uint8_t expected_[] = {__VA_ARGS__};            \
    uint8_t out_[sizeof(expected_) + 8];                         \
    memset(out_, SENTINEL, sizeof(out_));                        \
    size_t len_ = 12345;                                         \
    argdata_serialized_length((ad), &len_, NULL);                \
    ASSERT_EQ(len_, sizeof(expected_));                          \
    ASSERT_EQ(argdata_serialize((ad), out_, NULL), 0);           \
    ASSERT_MEMEQ(out_, expected_, sizeof(expected_));            \
    ASSERT_EQ(out_[sizeof(expected_)], SENTINEL);                \
  } while (0)

// Wraps a byte literal (static storage, so it outlives the node).
#define BUFFER(...)                                              \
  ({                                                             \
    static const uint8_t bytes_[] = {__VA_ARGS__};               \
    argdata_from_buffer(bytes_, sizeof(bytes_), NULL, NULL);     \
  })

#endif
