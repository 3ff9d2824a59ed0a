// Confinement of the runtime process before it enters the program.
#ifndef RUNTIME_SANDBOX_H
#define RUNTIME_SANDBOX_H

enum sandbox_mode {
  SANDBOX_DEFAULT,   // confine when the host allows it
  SANDBOX_NONE,      // --no-sandbox
  SANDBOX_REQUIRED,  // --require-sandbox: refuse to run unconfined
};

// Called once, after all descriptors are installed and just before the
// program's first instruction.  Returns 0, or -1 with a reason in err.
int sandbox_enter(enum sandbox_mode mode, char *err, unsigned long errlen);

#endif
