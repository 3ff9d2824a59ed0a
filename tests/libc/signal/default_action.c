// A handler replaced by SIG_DFL no longer runs: raise(SIGTERM) then takes
// the default action and ends the process.
#include <argdata.h>
#include <program.h>
#include <signal.h>
#include <stdlib.h>

static void on_term(int sig) { exit(3); }

void program_main(const argdata_t *ad) {
  if (signal(SIGTERM, on_term) != SIG_DFL)
    exit(1);
  if (signal(SIGTERM, SIG_DFL) != on_term)
    exit(2);
  raise(SIGTERM);
  exit(0);  // Reached only if SIGTERM did not end the process.
}
