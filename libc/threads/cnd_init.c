#include <threads.h>

#include "pthread_impl.h"

int cnd_init(cnd_t *cond) {
  return pthread_cond_init(cond, NULL) == 0 ? thrd_success : thrd_error;
}
