// The runtime's implementation of every CloudABI system call, named
// sys_<name>, with exactly the ABI's parameter list.  The vDSO entry points
// (syscall_entry.c) call these after switching %fs:0 back to the host.
#ifndef RUNTIME_SYSCALLS_H
#define RUNTIME_SYSCALLS_H

#include <cloudabi_syscalls_info.h>
#include <cloudabi_types.h>

#define SYSCALL_RETURN_TYPE(name) \
  CLOUDABI_SYSCALL_RETURNS_##name(cloudabi_errno_t, _Noreturn void)
#define SYSCALL_PARAMETER_LIST(name) \
  CLOUDABI_SYSCALL_HAS_PARAMETERS_##name(CLOUDABI_SYSCALL_PARAMETERS_##name, void)

#define DECLARE_SYSCALL_IMPL(name) \
  SYSCALL_RETURN_TYPE(name) sys_##name(SYSCALL_PARAMETER_LIST(name)) \
      __attribute__((visibility("hidden")));
CLOUDABI_SYSCALL_NAMES(DECLARE_SYSCALL_IMPL)
#undef DECLARE_SYSCALL_IMPL

#endif
