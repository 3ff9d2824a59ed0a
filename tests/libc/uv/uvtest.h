// Shared by the <uv.h> tests.
#ifndef TESTS_LIBC_UV_UVTEST_H
#define TESTS_LIBC_UV_UVTEST_H

#include <time.h>

static inline void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
  nanosleep(&ts, NULL);
}

#endif
