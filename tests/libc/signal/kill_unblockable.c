// Every signal blocked: raise(SIGKILL) still ends the process at once.
#include <program.h>
#include <signal.h>
#include <stdlib.h>

void program_main(const argdata_t *ad) {
  sigset_t all;
  sigfillset(&all);
  if (sigprocmask(SIG_SETMASK, &all, NULL) != 0)
    exit(1);
  raise(SIGKILL);
  exit(0);  // Reached only if SIGKILL was held back.
}
