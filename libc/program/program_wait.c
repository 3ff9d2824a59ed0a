#include <cloudabi_syscalls.h>
#include <program.h>
#include <stddef.h>

int program_wait(int procfd, int *exit_code, int *term_signal) {
  cloudabi_subscription_t sub = {
      .type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
      .proc_terminate.fd = (cloudabi_fd_t)procfd,
  };
  cloudabi_event_t ev;
  size_t n;
  cloudabi_errno_t error;
  do
    error = cloudabi_sys_poll(&sub, &ev, 1, &n);
  while (error == 0 && n == 0);
  if (error == 0)
    error = ev.error;
  if (error != 0)
    return error;
  if (exit_code != NULL)
    *exit_code = ev.proc_terminate.signal != 0 ? 0 : (int)ev.proc_terminate.exitcode;
  if (term_signal != NULL)
    *term_signal = ev.proc_terminate.signal;
  return 0;
}
