#include <uv.h>

int uv_thread_join(uv_thread_t *tid) {
  return -pthread_join(*tid, NULL);
}
