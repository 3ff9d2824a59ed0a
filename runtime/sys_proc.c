// Process system calls: proc_exit, proc_raise.  (proc_fork: sys_fork.c,
// proc_exec: sys_exec.c.)
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "fd_table.h"
#include "signal_map.h"
#include "syscalls.h"

void sys_proc_exit(cloudabi_exitcode_t rval) {
  // Every thread ends at once; the shell sees the low 8 bits, as for any
  // process.  The descriptors close, and with them the children they
  // still name.
  fd_table_kill_children();
  _exit((int)(rval & 0xff));
}

cloudabi_errno_t sys_proc_raise(cloudabi_signal_t sig) {
  int s = signal_to_host(sig);
  if (s == 0)
    return CLOUDABI_EINVAL;
  // Signals whose fixed action is to be ignored.
  if (sig == CLOUDABI_SIGCHLD || sig == CLOUDABI_SIGPIPE || sig == CLOUDABI_SIGURG)
    return 0;
  // The default action applies, whatever the runtime installed; delivered
  // to this thread, unblocked, so a terminating signal ends the process as
  // death by that signal.
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = SIG_DFL;
  sigemptyset(&sa.sa_mask);
  if (s != SIGKILL && s != SIGSTOP)
    sigaction(s, &sa, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, s);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  raise(s);
  return 0;
}
