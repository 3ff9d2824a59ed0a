#include <cloudabi_syscalls.h>
#include <stdlib.h>

// CloudABI has no signal handlers, so raising SIGABRT terminates the process
// with that signal; the exit is a fallback for a runtime that ignores it.
_Noreturn void abort(void) {
  cloudabi_sys_proc_raise(CLOUDABI_SIGABRT);
  cloudabi_sys_proc_exit(127);
}
