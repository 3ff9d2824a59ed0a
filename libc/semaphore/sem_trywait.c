#include <errno.h>
#include <semaphore.h>

#include "pthread_sem.h"

int sem_trywait(sem_t *sem) {
  if (sem_try_take(sem))
    return 0;
  errno = EAGAIN;
  return -1;
}
