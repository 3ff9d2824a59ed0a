// Translation of host (Linux) errno values into CloudABI errno values.
#ifndef RUNTIME_ERRNO_MAP_H
#define RUNTIME_ERRNO_MAP_H

#include <cloudabi_types.h>

// Linux errno -> CloudABI errno; values the ABI has no name for become
// CLOUDABI_EIO (still an error, never success).
cloudabi_errno_t errno_to_cloudabi(int host_errno);

// Shorthand for the current errno.
cloudabi_errno_t errno_current(void);

#endif
