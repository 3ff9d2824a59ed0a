#include <uv.h>

int uv_mutex_init_recursive(uv_mutex_t *m) {
  pthread_mutexattr_t attr;
  int error = pthread_mutexattr_init(&attr);
  if (error != 0)
    return -error;
  error = pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
  if (error == 0)
    error = pthread_mutex_init(m, &attr);
  pthread_mutexattr_destroy(&attr);
  return -error;
}
