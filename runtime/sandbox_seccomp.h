// The seccomp-bpf filter: the system calls the runtime itself makes after
// confinement, with argument checks where a call could reach beyond the
// process (see docs/security.md for the policy and its reasons).
#ifndef RUNTIME_SANDBOX_SECCOMP_H
#define RUNTIME_SANDBOX_SECCOMP_H

#include <stdbool.h>
#include <stddef.h>

// Installs the filter on every thread of the process.  Returns 0, or -1
// with a reason in why (errno set: EINVAL/ENOSYS when the kernel lacks
// seccomp filters).
int seccomp_confine(char *why, size_t whylen);

// Whether this process already runs under the filter installed by
// seccomp_confine (inherited through proc_fork or proc_exec): the filter
// answers one otherwise meaningless ioctl in its own way.
bool seccomp_already_confined(void);

#endif
