#include <cloudabi_syscalls.h>
#include <stdlib.h>

_Noreturn void _Exit(int status) {
  cloudabi_sys_proc_exit((cloudabi_exitcode_t)status);
}
