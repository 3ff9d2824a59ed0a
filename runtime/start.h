// Program start: the auxiliary vector and the jump into the program.
#ifndef RUNTIME_START_H
#define RUNTIME_START_H

#include <stddef.h>

#include "elf_loader.h"

// Builds the auxiliary vector for prog and calls its entry point on this
// thread.  Does not return; on failure to set up prints and exits 127.
_Noreturn void start_program(const struct loaded_program *prog, const void *vdso,
                             const void *argdata, size_t argdata_len);

// proc_fork: the child is another process, with an identity (the UUID
// that AT_PID points to) of its own.  The stack canary stays: frames of
// the parent's stack live on in the child.
void start_renew_process_id(void);

#endif
