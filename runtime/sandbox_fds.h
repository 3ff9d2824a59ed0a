// Host descriptors that survive confinement.
#ifndef RUNTIME_SANDBOX_FDS_H
#define RUNTIME_SANDBOX_FDS_H

#include <stddef.h>

// Closes every host descriptor not in keep[] (n entries, any order, -1
// entries ignored).  Standard input and output, when not kept, become
// /dev/null instead, so the numbers cannot be reused for something the
// runtime would then write its own output to; standard error always stays,
// as the runtime's diagnostic channel.  Returns 0 or -1 with a reason.
int sandbox_close_other_fds(const int *keep, size_t n, char *why, size_t whylen);

#endif
