// The confinement seam.  No host confinement (seccomp, Landlock) is
// implemented yet: the program is limited only by the capability checks of
// the system calls, which a hostile program can bypass with raw syscalls.
// --require-sandbox therefore refuses to start.
#include "sandbox.h"

#include <stdio.h>

int sandbox_enter(enum sandbox_mode mode, char *err, unsigned long errlen) {
  if (mode == SANDBOX_REQUIRED) {
    snprintf(err, errlen, "--require-sandbox: this runtime has no host sandbox yet");
    return -1;
  }
  return 0;
}
