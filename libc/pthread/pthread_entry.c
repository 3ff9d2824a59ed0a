// First code of every new thread.  It runs on the runtime's fresh TCB,
// before this thread's TLS block and SafeStack unsafe stack exist, so this
// file is built with -fno-sanitize=safe-stack -fno-stack-protector and
// touches TLS only after switching to the block its creator prepared.
#include "pthread_impl.h"
#include "signal_impl.h"
#include "tls.h"

extern _Thread_local void *__safestack_unsafe_stack_ptr;

_Noreturn void __pthread_entry(cloudabi_tid_t tid, void *arg) {
  struct __pthread *self = arg;
  // Keep the runtime's `parent` word (ABI §9.6).
  self->tcb->parent = tls_get_tcb()->parent;
  tls_set_tcb(self->tcb);
  __safestack_unsafe_stack_ptr = self->unsafe_stack;
  __lock_tid = tid;
  __pthread_self_tls = self;
  __signal_blocked = self->sigmask;
  __pthread_start(self);
}
