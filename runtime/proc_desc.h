// Process descriptors: what proc_fork hands to the parent.  The object's
// host descriptor is a pidfd of the child.
#ifndef RUNTIME_PROC_DESC_H
#define RUNTIME_PROC_DESC_H

#include <stdbool.h>

#include "fd_table.h"

// Whether the child has ended; if so, reaps it once and fills in
// proc_signal / proc_exitcode.  Returns 1 (ended), 0 (still running) or a
// CloudABI errno (ECHILD for a descriptor inherited through proc_fork,
// whose process is not this process's child).
int proc_desc_check(struct fd_object *o);

// Last reference gone: a child still running is killed (SIGKILL) and
// reaped, so it leaves no zombie.
void proc_desc_release(struct fd_object *o);

#endif
