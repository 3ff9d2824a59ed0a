#define _GNU_SOURCE
#include "guest_thread.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

// Linux's PID_MAX_LIMIT: no host tid reaches it.
#define HOST_TID_LIMIT (UINT32_C(1) << 22)

static __thread struct guest_thread *current_thread;
static unsigned live_threads = 1;  // the initial thread

cloudabi_tid_t guest_tid_self(void) {
  uint32_t t = (uint32_t)gettid();
  // Tids 0 and 1 are reserved by the lock protocol; host tid 1 (init of a
  // pid namespace) moves above every possible host tid.
  return t >= 2 ? t : HOST_TID_LIMIT + t;
}

void guest_thread_starting(void) { __atomic_add_fetch(&live_threads, 1, __ATOMIC_ACQ_REL); }
void guest_thread_start_failed(void) { __atomic_sub_fetch(&live_threads, 1, __ATOMIC_ACQ_REL); }

void guest_thread_gone(void) {
  if (__atomic_sub_fetch(&live_threads, 1, __ATOMIC_ACQ_REL) == 0)
    exit(0);
}

void guest_threads_after_fork(void) { __atomic_store_n(&live_threads, 1, __ATOMIC_RELEASE); }

struct guest_thread *guest_thread_current(void) { return current_thread; }
void guest_thread_set_current(struct guest_thread *t) { current_thread = t; }

void guest_enter_asm(uintptr_t entry, uintptr_t arg0, uintptr_t arg1, cloudabi_tcb_t *tcb)
    __attribute__((noreturn, visibility("hidden")));

// rdi = entry, rsi = arg0, rdx = arg1, rcx = tcb.  The guest gets a clean
// frame chain (rbp = 0) and rsp = 8 mod 16 at its first instruction.
__asm__(
    ".text\n"
    ".p2align 4\n"
    ".globl guest_enter_asm\n"
    ".hidden guest_enter_asm\n"
    ".type guest_enter_asm,@function\n"
    "guest_enter_asm:\n"
    "  mov %rdi, %rax\n"
    "  mov %rsi, %rdi\n"
    "  mov %rdx, %rsi\n"
    "  and $-16, %rsp\n"
    "  xor %ebp, %ebp\n"
    "  mov %rcx, %fs:0\n"
    "  call *%rax\n"
    "  ud2\n"
    ".size guest_enter_asm, . - guest_enter_asm\n");

void guest_enter(uintptr_t entry, uintptr_t arg0, uintptr_t arg1, struct guest_thread *thread) {
  thread->tcb.parent = thread;
  current_thread = thread;
  guest_enter_asm(entry, arg0, arg1, &thread->tcb);
}
