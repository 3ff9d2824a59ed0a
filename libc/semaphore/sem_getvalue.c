#include <semaphore.h>

#include "pthread_sem.h"

int sem_getvalue(sem_t *restrict sem, int *restrict value) {
  *value = (int)atomic_load_explicit(sem_value(sem), memory_order_relaxed);
  return 0;
}
