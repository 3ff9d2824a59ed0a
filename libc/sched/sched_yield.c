#include <cloudabi_syscalls.h>
#include <sched.h>

int sched_yield(void) {
  cloudabi_sys_thread_yield();
  return 0;
}
