#include <cloudabi_syscalls.h>
#include <errno.h>
#include <signal.h>

int raise(int sig) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_errno_t error = cloudabi_sys_proc_raise((cloudabi_signal_t)sig);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return 0;
}
