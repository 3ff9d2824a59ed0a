// Addresses of the vDSO entry points, in ABI order (cloudabi_syscalls_info.h).
#ifndef RUNTIME_SYSCALL_ENTRY_H
#define RUNTIME_SYSCALL_ENTRY_H

#include <cloudabi_syscalls_info.h>

extern void (*const vdso_entry_points[CLOUDABI_SYSCALL_COUNT])(void);

#endif
