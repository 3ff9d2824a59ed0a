#include <cloudabi_syscalls.h>
#include <errno.h>
#include <signal.h>
#include <signal_impl.h>

int raise(int sig) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  signal_handler_t handler = atomic_load(&__signal_handlers[sig]);
  if (handler == SIG_IGN)
    return 0;
  if (handler != SIG_DFL) {
    handler(sig);
    return 0;
  }
  cloudabi_errno_t error = cloudabi_sys_proc_raise((cloudabi_signal_t)sig);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
