#include <errno.h>
#include <signal.h>

// As pthread_sigmask: the mask belongs to the calling thread (as on Linux).
int sigprocmask(int how, const sigset_t *restrict set,
                sigset_t *restrict oset) {
  int error = pthread_sigmask(how, set, oset);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
