// Process system calls: proc_exit, proc_raise.  (proc_fork and proc_exec
// are not implemented yet: sys_pending.c.)
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "syscalls.h"

void sys_proc_exit(cloudabi_exitcode_t rval) {
  // Every thread ends at once; the shell sees the low 8 bits, as for any
  // process.
  _exit((int)(rval & 0xff));
}

// CloudABI signal -> Linux signal.
static const int host_signal[] = {
    [CLOUDABI_SIGABRT] = SIGABRT,   [CLOUDABI_SIGALRM] = SIGALRM,
    [CLOUDABI_SIGBUS] = SIGBUS,     [CLOUDABI_SIGCHLD] = SIGCHLD,
    [CLOUDABI_SIGCONT] = SIGCONT,   [CLOUDABI_SIGFPE] = SIGFPE,
    [CLOUDABI_SIGHUP] = SIGHUP,     [CLOUDABI_SIGILL] = SIGILL,
    [CLOUDABI_SIGINT] = SIGINT,     [CLOUDABI_SIGKILL] = SIGKILL,
    [CLOUDABI_SIGPIPE] = SIGPIPE,   [CLOUDABI_SIGQUIT] = SIGQUIT,
    [CLOUDABI_SIGSEGV] = SIGSEGV,   [CLOUDABI_SIGSTOP] = SIGSTOP,
    [CLOUDABI_SIGSYS] = SIGSYS,     [CLOUDABI_SIGTERM] = SIGTERM,
    [CLOUDABI_SIGTRAP] = SIGTRAP,   [CLOUDABI_SIGTSTP] = SIGTSTP,
    [CLOUDABI_SIGTTIN] = SIGTTIN,   [CLOUDABI_SIGTTOU] = SIGTTOU,
    [CLOUDABI_SIGURG] = SIGURG,     [CLOUDABI_SIGUSR1] = SIGUSR1,
    [CLOUDABI_SIGUSR2] = SIGUSR2,   [CLOUDABI_SIGVTALRM] = SIGVTALRM,
    [CLOUDABI_SIGXCPU] = SIGXCPU,   [CLOUDABI_SIGXFSZ] = SIGXFSZ,
};

cloudabi_errno_t sys_proc_raise(cloudabi_signal_t sig) {
  if (sig == 0 || sig >= sizeof(host_signal) / sizeof(host_signal[0]) || host_signal[sig] == 0)
    return CLOUDABI_EINVAL;
  // Signals whose fixed action is to be ignored.
  if (sig == CLOUDABI_SIGCHLD || sig == CLOUDABI_SIGPIPE || sig == CLOUDABI_SIGURG)
    return 0;
  int s = host_signal[sig];
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
