#include <errno.h>
#include <semaphore.h>

#include "pthread_sem.h"

int sem_clockwait(sem_t *restrict sem, clockid_t clock,
                  const struct timespec *restrict abstime) {
  int error = __sem_wait(sem, clock, abstime);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
