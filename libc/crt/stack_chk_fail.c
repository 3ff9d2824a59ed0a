#include <cloudabi_syscalls.h>

_Noreturn void __stack_chk_fail(void);

// A smashed stack: nothing on it can be trusted, so end the process at once.
_Noreturn void __stack_chk_fail(void) {
  cloudabi_sys_proc_raise(CLOUDABI_SIGABRT);
  cloudabi_sys_proc_exit(127);
}
