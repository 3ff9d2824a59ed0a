#include <threads.h>

#include "pthread_impl.h"

int cnd_broadcast(cnd_t *cond) {
  return pthread_cond_broadcast(cond) == 0 ? thrd_success : thrd_error;
}
