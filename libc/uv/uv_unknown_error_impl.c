#include <stdio.h>

#include "uv_impl.h"

// libuv names a code it does not know "Unknown system error N"; the text
// lives in a per-thread buffer until the thread's next call.
const char *__uv_unknown_error(int err) {
  static _Thread_local char buf[40];
  snprintf(buf, sizeof(buf), "Unknown system error %d", err);
  return buf;
}
