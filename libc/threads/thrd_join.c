#include <stdint.h>
#include <threads.h>

#include "pthread_impl.h"

int thrd_join(thrd_t thr, int *result) {
  void *value;
  if (pthread_join(thr, &value) != 0)
    return thrd_error;
  if (result != NULL)
    *result = (int)(intptr_t)value;
  return thrd_success;
}
