#include "uv_impl.h"

uint64_t uv_hrtime(void) {
  return __uv_clock_ns();
}
