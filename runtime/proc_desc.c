#define _GNU_SOURCE
#include "proc_desc.h"

#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "errno_map.h"
#include "signal_map.h"

// Reaps the child if it has ended (or waits for that when `block`).
// o->dir_lock held.
static int reap_locked(struct fd_object *o, bool block) {
  if (o->proc_reaped)
    return 1;
  if (!o->proc_ours)
    return CLOUDABI_ECHILD;
  siginfo_t info;
  for (;;) {
    info.si_pid = 0;
    // By pid: it cannot have been reused, since only this reaps it.
    if (waitid(P_PID, (id_t)o->pid, &info, WEXITED | (block ? 0 : WNOHANG)) == 0)
      break;
    if (errno != EINTR)
      return errno_to_cloudabi(errno);
  }
  if (info.si_pid == 0)
    return 0;
  o->proc_reaped = true;
  if (info.si_code == CLD_EXITED) {
    o->proc_signal = 0;
    o->proc_exitcode = (cloudabi_exitcode_t)info.si_status;
  } else {
    // Killed or dumped core.  A host signal without a CloudABI name is
    // still reported as a death by signal.
    cloudabi_signal_t s = signal_from_host(info.si_status);
    o->proc_signal = s != 0 ? s : CLOUDABI_SIGKILL;
    o->proc_exitcode = 0;
  }
  return 1;
}

int proc_desc_check(struct fd_object *o) {
  pthread_mutex_lock(&o->dir_lock);
  int r = reap_locked(o, false);
  pthread_mutex_unlock(&o->dir_lock);
  return r;
}

void proc_desc_release(struct fd_object *o) {
  if (o->host_fd < 0 || !o->proc_ours || o->proc_reaped)
    return;
  syscall(SYS_pidfd_send_signal, o->host_fd, SIGKILL, NULL, 0);
  reap_locked(o, true);
}
