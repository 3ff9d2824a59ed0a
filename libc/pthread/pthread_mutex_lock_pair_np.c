#include <errno.h>
#include <pthread.h>
#include <sched.h>

// Never sleeps on one mutex while holding the other: take one, try the
// other, and if that is busy, let go and start over by sleeping on the one
// that was busy.  Unlike locking in address order this also works for
// shared mutexes mapped at different addresses in different processes, and
// a thread that backs off breaks chains of waiting threads.
int pthread_mutex_lock_pair_np(pthread_mutex_t *a, pthread_mutex_t *b) {
  if (a == b)
    return EINVAL;
  for (;;) {
    int error = pthread_mutex_lock(a);
    if (error != 0)
      return error;
    error = pthread_mutex_trylock(b);
    if (error == 0)
      return 0;
    pthread_mutex_unlock(a);
    if (error != EBUSY)
      return error;
    // Sleep on the busy one next time round.
    pthread_mutex_t *t = a;
    a = b;
    b = t;
    sched_yield();
  }
}
