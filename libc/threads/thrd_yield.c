#include <cloudabi_syscalls.h>
#include <threads.h>

void thrd_yield(void) {
  cloudabi_sys_thread_yield();
}
