#include <threads.h>

#include "pthread_impl.h"

int cnd_wait(cnd_t *cond, mtx_t *mtx) {
  return pthread_cond_wait(cond, mtx) == 0 ? thrd_success : thrd_error;
}
