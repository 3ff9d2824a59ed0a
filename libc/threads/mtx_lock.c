#include <threads.h>

#include "pthread_impl.h"

int mtx_lock(mtx_t *mtx) {
  return pthread_mutex_lock(mtx) == 0 ? thrd_success : thrd_error;
}
