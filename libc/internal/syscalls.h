// Internal: the table through which the libc's cloudabi_sys_* functions
// dispatch.  crt0 fills it from the vDSO before anything else runs and
// RELRO then makes it read-only.
#ifndef LIBC_INTERNAL_SYSCALLS_H
#define LIBC_INTERNAL_SYSCALLS_H

#include <cloudabi_syscalls_table.h>

extern cloudabi_syscall_table_t __cloudabi_syscalls;

#endif
