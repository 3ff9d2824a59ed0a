// Confinement of the runtime process before it enters the program.
//
// The runtime implements the CloudABI system calls inside the program's
// own process, so the capability checks it makes bind only a program that
// goes through it.  The kernel has to hold the rest: no_new_privs, only
// the granted host descriptors left open, a Landlock domain that allows
// the filesystem only beneath the grants (and no TCP, no abstract unix
// sockets or signals outside the sandbox), and a seccomp filter limiting
// the system calls to those the runtime makes.  docs/security.md has the
// design and its limits.
#ifndef RUNTIME_SANDBOX_H
#define RUNTIME_SANDBOX_H

enum sandbox_mode {
  SANDBOX_DEFAULT,   // confine as far as the host allows, warn about gaps
  SANDBOX_NONE,      // --no-sandbox
  SANDBOX_REQUIRED,  // --require-sandbox: refuse to run not fully confined
};

// Called once per image, after all descriptors are installed and just
// before the program's first instruction, with only the calling thread
// running.  Returns 0, or -1 with a reason in err (the caller exits 127).
int sandbox_enter(enum sandbox_mode mode, char *err, unsigned long errlen);

#endif
