// Access to guest memory that cannot crash the runtime: a bad guest pointer
// makes these return CLOUDABI_EFAULT, as a kernel would.
#ifndef RUNTIME_GUEST_MEM_H
#define RUNTIME_GUEST_MEM_H

#include <cloudabi_types.h>
#include <stddef.h>
#include <stdint.h>

// Installs the SIGSEGV/SIGBUS handler that turns faults inside the copy
// routines into errors.  Faults anywhere else keep their default action.
int guest_mem_init(void);

cloudabi_errno_t guest_copy_in(void *host_dst, const void *guest_src, size_t n);
cloudabi_errno_t guest_copy_out(void *guest_dst, const void *host_src, size_t n);

// Atomic operations on 32-bit guest words (lock and condvar words).
cloudabi_errno_t guest_load32(const void *guest_word, uint32_t *value);
// Compare-and-swap; *expected receives the value found.  Returns
// CLOUDABI_EFAULT on a bad address, else 0 whether or not the swap happened.
cloudabi_errno_t guest_cas32(void *guest_word, uint32_t *expected, uint32_t desired);

// Copies a guest path into a NUL-terminated host buffer of size cap.
// Empty path: ENOENT; too long: ENAMETOOLONG; embedded NUL: EINVAL.
cloudabi_errno_t guest_copy_path(char *dst, size_t cap, const char *guest_path, size_t len);

#endif
