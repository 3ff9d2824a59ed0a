#include <threads.h>

#include "pthread_impl.h"

int cnd_signal(cnd_t *cond) {
  return pthread_cond_signal(cond) == 0 ? thrd_success : thrd_error;
}
