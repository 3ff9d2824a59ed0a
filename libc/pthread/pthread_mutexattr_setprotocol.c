#include <errno.h>
#include <pthread.h>

// See <pthread.h>: INHERIT is what the lock words give every mutex (the
// runtime knows the owner of every lock it makes a thread wait for, and all
// threads run at one priority); PROTECT needs a priority ceiling that the
// runtime has no means to apply.
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *attr, int protocol) {
  switch (protocol) {
    case PTHREAD_PRIO_NONE:
    case PTHREAD_PRIO_INHERIT:
      attr->__protocol = protocol;
      return 0;
    case PTHREAD_PRIO_PROTECT:
      return ENOTSUP;
    default:
      return EINVAL;
  }
}
