// The guest <-> host switch of the word at %fs:0.
//
// The %fs base always stays the host thread's (glibc's TCB).  Guest code
// only ever uses the word at %fs:0 as its thread pointer, so entering the
// guest stores the guest TCB address there, and every vDSO entry point
// (syscall_entry.c) restores glibc's value from its self pointer at
// %fs:0x10 before running host code, then puts the guest word back.
#ifndef RUNTIME_TLS_SWITCH_H
#define RUNTIME_TLS_SWITCH_H

#include <stdbool.h>
#include <stdint.h>

// Offset of glibc's copy of the thread pointer (tcbhead_t.self) on x86_64.
#define HOST_TP_SELF_OFFSET 0x10

static inline uintptr_t tls_read_fs0(void) {
  uintptr_t v;
  __asm__ volatile("mov %%fs:0, %0" : "=r"(v));
  return v;
}

static inline uintptr_t tls_read_host_self(void) {
  uintptr_t v;
  __asm__ volatile("mov %%fs:0x10, %0" : "=r"(v));
  return v;
}

// The entry points rely on %fs:0 == %fs:0x10 for host threads.
static inline bool tls_layout_supported(void) {
  return tls_read_fs0() == tls_read_host_self() && tls_read_fs0() != 0;
}

#endif
