#include <errno.h>
#include <semaphore.h>

#include "pthread_sem.h"

int sem_wait(sem_t *sem) {
  int error = __sem_wait(sem, 0, NULL);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
