#include <threads.h>

#include "pthread_impl.h"

int thrd_detach(thrd_t thr) {
  return pthread_detach(thr) == 0 ? thrd_success : thrd_error;
}
