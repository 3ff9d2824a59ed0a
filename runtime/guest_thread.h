// Per-thread bookkeeping of guest threads, and the switch into guest code.
#ifndef RUNTIME_GUEST_THREAD_H
#define RUNTIME_GUEST_THREAD_H

#include <cloudabi_types.h>
#include <setjmp.h>
#include <stdint.h>

// One per host thread running guest code.  The guest's initial TCB lives
// here and its `parent` word points back at the record; the runtime itself
// finds the record through host TLS and never trusts guest memory for it.
struct guest_thread {
  cloudabi_tcb_t tcb;
  cloudabi_tid_t tid;
  jmp_buf exit_to;  // thread_exit leaves the guest through here
};

// The calling host thread's CloudABI thread id: its Linux thread id, so
// that ids are unique across processes sharing memory (SHARED locks record
// their owner's tid).  Linux tids stay below 2^22; the result is >= 2 and
// below 2^30 as lock words require.
cloudabi_tid_t guest_tid_self(void);

// The process lives while guest threads do.  A thread that leaves with
// thread_exit calls guest_thread_gone; the last one ends the process with
// exit(0) (atexit handlers run).  The runtime never uses pthread_exit:
// glibc would load libgcc_s to unwind, which a confined process may not
// be able to open.
void guest_thread_starting(void);      // before creating one
void guest_thread_start_failed(void);  // creation failed after all
void guest_thread_gone(void);          // returns unless it was the last
void guest_threads_after_fork(void);   // the child has one thread

// Record of the calling host thread (NULL outside guest threads).
struct guest_thread *guest_thread_current(void);
void guest_thread_set_current(struct guest_thread *);

// Calls entry(arg0, arg1) as guest code: %fs:0 holds &thread->tcb, the
// stack is realigned as after a call.  Never returns; the guest leaves
// through proc_exit or thread_exit.
_Noreturn void guest_enter(uintptr_t entry, uintptr_t arg0, uintptr_t arg1,
                           struct guest_thread *thread);

#endif
