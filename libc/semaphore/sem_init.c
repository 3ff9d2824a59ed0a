#include <errno.h>
#include <limits.h>
#include <semaphore.h>

int sem_init(sem_t *sem, int shared, unsigned int value) {
  if (value > SEM_VALUE_MAX) {
    errno = EINVAL;
    return -1;
  }
  *sem = (sem_t){.__value = value, .__shared = shared != 0};
  return 0;
}
