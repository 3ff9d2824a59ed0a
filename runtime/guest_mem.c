// Fault-tolerant guest memory access.
//
// The copy and atomic routines below are plain assembly without stack
// frames.  A fault whose instruction pointer lies between
// guest_access_begin and guest_access_end is resumed at guest_access_fault,
// which returns 1 to the caller; the C wrappers turn that into EFAULT.
#define _GNU_SOURCE
#include "guest_mem.h"

#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

// Return 0 on success, 1 if the access faulted.
int guest_access_copy(void *dst, const void *src, size_t n) __attribute__((visibility("hidden")));
int guest_access_load32(const void *word, uint32_t *out) __attribute__((visibility("hidden")));
int guest_access_cas32(void *word, uint32_t *expected, uint32_t desired)
    __attribute__((visibility("hidden")));
extern const char guest_access_begin[] __attribute__((visibility("hidden")));
extern const char guest_access_end[] __attribute__((visibility("hidden")));
extern const char guest_access_fault[] __attribute__((visibility("hidden")));

__asm__(
    ".text\n"
    ".p2align 4\n"
    ".globl guest_access_copy, guest_access_load32, guest_access_cas32\n"
    ".globl guest_access_begin, guest_access_end, guest_access_fault\n"
    ".hidden guest_access_copy, guest_access_load32, guest_access_cas32\n"
    ".hidden guest_access_begin, guest_access_end, guest_access_fault\n"
    ".type guest_access_copy,@function\n"
    "guest_access_copy:\n"           // rdi = dst, rsi = src, rdx = n
    "  mov %rdx, %rcx\n"
    "guest_access_begin:\n"
    "  rep movsb\n"
    "  xor %eax, %eax\n"
    "  ret\n"
    ".type guest_access_load32,@function\n"
    "guest_access_load32:\n"         // rdi = word, rsi = out
    "  mov (%rdi), %eax\n"
    "  mov %eax, (%rsi)\n"
    "  xor %eax, %eax\n"
    "  ret\n"
    ".type guest_access_cas32,@function\n"
    "guest_access_cas32:\n"          // rdi = word, rsi = expected, edx = desired
    "  mov (%rsi), %eax\n"
    "  lock cmpxchg %edx, (%rdi)\n"
    "  mov %eax, (%rsi)\n"
    "  xor %eax, %eax\n"
    "  ret\n"
    "guest_access_end:\n"
    "guest_access_fault:\n"
    "  mov $1, %eax\n"
    "  ret\n");

static void on_fault(int sig, siginfo_t *info, void *context) {
  ucontext_t *uc = context;
  uintptr_t ip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
  if (info->si_code > 0 && ip >= (uintptr_t)guest_access_begin &&
      ip < (uintptr_t)guest_access_end) {
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)guest_access_fault;
    return;
  }
  // Not a guarded access: the program (or the runtime) really crashed.  Let
  // the default action kill the process with this signal, so the parent
  // sees death by SIGSEGV/SIGBUS.  Returning re-executes the faulting
  // instruction; a signal sent by someone else is re-sent.  This handler may
  // run with the guest's %fs:0 word installed, so it touches no TLS.
  struct sigaction dfl;
  memset(&dfl, 0, sizeof(dfl));
  dfl.sa_handler = SIG_DFL;
  sigaction(sig, &dfl, NULL);
  if (info->si_code <= 0)
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
}

int guest_mem_init(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGSEGV, &sa, NULL) != 0 || sigaction(SIGBUS, &sa, NULL) != 0)
    return -1;
  return 0;
}

cloudabi_errno_t guest_copy_in(void *host_dst, const void *guest_src, size_t n) {
  if (n == 0)
    return 0;
  return guest_access_copy(host_dst, guest_src, n) ? CLOUDABI_EFAULT : 0;
}

cloudabi_errno_t guest_copy_out(void *guest_dst, const void *host_src, size_t n) {
  if (n == 0)
    return 0;
  return guest_access_copy(guest_dst, host_src, n) ? CLOUDABI_EFAULT : 0;
}

cloudabi_errno_t guest_load32(const void *guest_word, uint32_t *value) {
  if (((uintptr_t)guest_word & 3) != 0)
    return CLOUDABI_EINVAL;
  return guest_access_load32(guest_word, value) ? CLOUDABI_EFAULT : 0;
}

cloudabi_errno_t guest_cas32(void *guest_word, uint32_t *expected, uint32_t desired) {
  if (((uintptr_t)guest_word & 3) != 0)
    return CLOUDABI_EINVAL;
  return guest_access_cas32(guest_word, expected, desired) ? CLOUDABI_EFAULT : 0;
}

cloudabi_errno_t guest_copy_path(char *dst, size_t cap, const char *guest_path, size_t len) {
  if (len == 0)
    return CLOUDABI_ENOENT;
  if (len >= cap)
    return CLOUDABI_ENAMETOOLONG;
  cloudabi_errno_t e = guest_copy_in(dst, guest_path, len);
  if (e != 0)
    return e;
  if (memchr(dst, '\0', len) != NULL)
    return CLOUDABI_EINVAL;  // a host path cannot contain NUL; never truncate
  dst[len] = '\0';
  return 0;
}
