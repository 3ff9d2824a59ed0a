// A blocked SIGTERM with its default action stays pending; unblocking it
// ends the process by SIGTERM before sigprocmask returns.
#include <program.h>
#include <signal.h>
#include <stdlib.h>

void program_main(const argdata_t *ad) {
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGTERM);
  if (sigprocmask(SIG_BLOCK, &s, NULL) != 0)
    exit(1);
  if (raise(SIGTERM) != 0)
    exit(2);
  sigset_t p;
  if (sigpending(&p) != 0 || sigismember(&p, SIGTERM) != 1)
    exit(3);
  sigprocmask(SIG_UNBLOCK, &s, NULL);
  exit(0);  // Reached only if SIGTERM did not end the process.
}
