#include <errno.h>
#include <semaphore.h>

#include "pthread_sem.h"

int sem_timedwait(sem_t *restrict sem, const struct timespec *restrict abstime) {
  int error = __sem_wait(sem, CLOUDABI_CLOCK_REALTIME, abstime);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
