// Host descriptors that survive confinement.
#ifndef RUNTIME_SANDBOX_FDS_H
#define RUNTIME_SANDBOX_FDS_H

#include <stdbool.h>
#include <stddef.h>

// Closes every host descriptor not in keep[] (n entries, any order, -1
// entries ignored).  Standard error always stays, as the runtime's
// diagnostic channel.  With fill_std, standard input and output, when not
// kept, become /dev/null instead, so the numbers cannot be reused for
// something stray output of the runtime would then reach; a re-executed
// image, already confined, cannot open /dev/null and just closes them.
// Returns 0 or -1 with a reason.
int sandbox_close_other_fds(const int *keep, size_t n, bool fill_std, char *why,
                            size_t whylen);

#endif
