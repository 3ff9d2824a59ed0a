// proc_exec by re-executing the runtime.
//
// The old image cannot be torn down from inside itself while other guest
// threads may be running guest code or sitting in host calls, so proc_exec
// executes cloudabi-run again (execveat of /proc/self/exe, opened at start
// up): the kernel ends every other thread and discards the old address
// space.  What the new image needs travels by descriptor inheritance: the
// executable's host descriptor, the host descriptors of fds[] and a memfd
// describing them (type, rights, state) followed by the argdata.  The new
// runtime finds the memfd through a hidden option, "--exec-handoff=N".
#ifndef RUNTIME_EXEC_HANDOFF_H
#define RUNTIME_EXEC_HANDOFF_H

#include <stdbool.h>
#include <stddef.h>

#include "fd_table.h"
#include "sandbox.h"

#define EXEC_HANDOFF_OPTION "--exec-handoff="

// At start-up, in every image: keeps a descriptor of the runtime's own
// executable and the sandbox mode the next image must apply too.
void exec_handoff_init(enum sandbox_mode mode);

// The runtime's own executable (O_PATH), which the sandbox keeps open and
// lets execute; -1 if it could not be opened.
int exec_handoff_self_fd(void);

// Replaces the process image.  entries[i] becomes fd i.  Returns only on
// failure, with the old image intact.
cloudabi_errno_t exec_handoff_run(int exe_host_fd, const struct fd_entry *entries, size_t n,
                                  const void *argdata, size_t argdata_len);

// The new image's side: reads the memfd whose number follows the option,
// loads the program, installs the descriptors and starts it.  Exits 127
// through launch_fail if anything is wrong.
_Noreturn void exec_handoff_resume(const char *number);

#endif
