#include <errno.h>
#include <threads.h>

#include "pthread_impl.h"

int thrd_create(thrd_t *thr, thrd_start_t func, void *arg) {
  int error = __pthread_create(thr, NULL, NULL, func, arg);
  if (error == 0)
    return thrd_success;
  return error == EAGAIN ? thrd_nomem : thrd_error;
}
