#include <errno.h>
#include <semaphore.h>

#include "pthread_sem.h"

int sem_destroy(sem_t *sem) {
  if (atomic_load(sem_waiters(sem)) != 0) {
    errno = EBUSY;
    return -1;
  }
  return 0;
}
