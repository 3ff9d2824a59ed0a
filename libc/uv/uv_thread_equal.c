#include <uv.h>

int uv_thread_equal(const uv_thread_t *t1, const uv_thread_t *t2) {
  return pthread_equal(*t1, *t2);
}
