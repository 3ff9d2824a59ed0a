#include <uv.h>

uv_thread_t uv_thread_self(void) {
  return pthread_self();
}
