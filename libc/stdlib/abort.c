#include <cloudabi_syscalls.h>
#include <signal.h>
#include <signal_impl.h>
#include <stdlib.h>

// A SIGABRT handler installed with signal() runs first (it may not return,
// e.g. by longjmp); abort() then terminates with SIGABRT whatever the
// handler was, ignored included, as C requires.  The exit is a fallback
// for a runtime that ignores the signal.
_Noreturn void abort(void) {
  signal_handler_t handler =
      atomic_exchange(&__signal_handlers[SIGABRT], SIG_DFL);
  if (handler != SIG_DFL && handler != SIG_IGN)
    handler(SIGABRT);
  cloudabi_sys_proc_raise(CLOUDABI_SIGABRT);
  cloudabi_sys_proc_exit(127);
}
