#define _GNU_SOURCE
#include "signal_map.h"

#include <signal.h>

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
#define NSIGNALS (sizeof(host_signal) / sizeof(host_signal[0]))

int signal_to_host(cloudabi_signal_t sig) {
  return sig < NSIGNALS ? host_signal[sig] : 0;
}

cloudabi_signal_t signal_from_host(int host_sig) {
  for (cloudabi_signal_t s = 1; s < NSIGNALS; s++)
    if (host_signal[s] == host_sig)
      return s;
  return 0;
}
