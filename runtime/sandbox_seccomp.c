// A small BPF assembler and the runtime's seccomp policy.
//
// The program is a linear chain: for each listed system call "if nr == N,
// run this body" where every body ends in a return, so a mismatch falls
// through to the next test and anything not listed reaches the default,
// SECCOMP_RET_KILL_PROCESS.  Hot calls come first.
#define _GNU_SOURCE
#include "sandbox_seccomp.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SECCOMP_RET_KILL_PROCESS
#define SECCOMP_RET_KILL_PROCESS 0x80000000u
#endif
#ifndef SECCOMP_FILTER_FLAG_TSYNC
#define SECCOMP_FILTER_FLAG_TSYNC 1u
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif
#ifndef SYS_openat2
#define SYS_openat2 437
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
#ifndef SYS_faccessat2
#define SYS_faccessat2 439
#endif
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif

#define KILL SECCOMP_RET_KILL_PROCESS
#define ALLOW SECCOMP_RET_ALLOW
#define ERRNO(e) (SECCOMP_RET_ERRNO | ((e) & SECCOMP_RET_DATA))

// x32 system calls carry this bit in the number on the x86_64 entry.
#define X32_SYSCALL_BIT 0x40000000u
#define AT_FDCWD_U32 ((uint32_t)AT_FDCWD)

// The probe: an ioctl command no device uses, answered with this errno.
#define PROBE_IOCTL 0xc1abc0deu
#define PROBE_ERRNO ENOTRECOVERABLE

#define MAX_INSNS 1024

struct bpf_buf {
  struct sock_filter insn[MAX_INSNS];
  size_t n;
  bool overflow;
};

static void emit(struct bpf_buf *b, struct sock_filter f) {
  if (b->n < MAX_INSNS)
    b->insn[b->n++] = f;
  else
    b->overflow = true;
}

static void ret(struct bpf_buf *b, uint32_t action) {
  emit(b, (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, action));
}

// Loads the low (kernel int arguments) or high half of argument i.
static void load_arg(struct bpf_buf *b, int i, bool high) {
  uint32_t off = (uint32_t)offsetof(struct seccomp_data, args[i]) + (high ? 4u : 0u);
  emit(b, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, off));
}

static void jump(struct bpf_buf *b, uint16_t op, uint32_t k, uint8_t jt, uint8_t jf) {
  emit(b, (struct sock_filter)BPF_JUMP(BPF_JMP | op | BPF_K, k, jt, jf));
}

// Appends "if nr == N { body }"; the body must end in a return.
static void on_syscall(struct bpf_buf *b, long nr, const struct bpf_buf *body) {
  if (body->n > 255 || body->overflow) {
    b->overflow = true;
    return;
  }
  jump(b, BPF_JEQ, (uint32_t)nr, 0, (uint8_t)body->n);
  for (size_t i = 0; i < body->n; i++)
    emit(b, body->insn[i]);
}

static void rule_action(struct bpf_buf *b, long nr, uint32_t action) {
  struct bpf_buf body = {.n = 0};
  ret(&body, action);
  on_syscall(b, nr, &body);
}

// Allowed unless one of the listed int arguments is AT_FDCWD (paths must
// be relative to a granted directory; Landlock covers absolute ones).
static void rule_dirfds(struct bpf_buf *b, long nr, int a1, int a2) {
  struct bpf_buf body = {.n = 0};
  load_arg(&body, a1, false);
  jump(&body, BPF_JEQ, AT_FDCWD_U32, a2 < 0 ? 1 : 3, 0);
  if (a2 >= 0) {
    load_arg(&body, a2, false);
    jump(&body, BPF_JEQ, AT_FDCWD_U32, 1, 0);
  }
  ret(&body, ALLOW);
  ret(&body, KILL);
  on_syscall(b, nr, &body);
}

// Allowed when the low 32 bits of argument i are one of vals[].
static void rule_arg_in(struct bpf_buf *b, long nr, int i, const uint32_t *vals, size_t n,
                        uint32_t otherwise) {
  struct bpf_buf body = {.n = 0};
  load_arg(&body, i, false);
  for (size_t j = 1; j <= n; j++)
    jump(&body, BPF_JEQ, vals[j - 1], (uint8_t)(n + 1 - j), 0);
  ret(&body, otherwise);
  ret(&body, ALLOW);
  on_syscall(b, nr, &body);
}

// Allowed when the low 32 bits of argument i lie in [lo, hi] (unsigned).
static void rule_arg_range(struct bpf_buf *b, long nr, int i, uint32_t lo, uint32_t hi,
                           uint32_t otherwise) {
  struct bpf_buf body = {.n = 0};
  load_arg(&body, i, false);
  jump(&body, BPF_JGE, lo, 0, 2);
  jump(&body, BPF_JGT, hi, 1, 0);
  ret(&body, ALLOW);
  ret(&body, otherwise);
  on_syscall(b, nr, &body);
}

// Allowed when the whole 64-bit argument i is zero (a NULL pointer).
static void rule_arg_zero(struct bpf_buf *b, long nr, int i, uint32_t otherwise) {
  struct bpf_buf body = {.n = 0};
  load_arg(&body, i, false);
  jump(&body, BPF_JEQ, 0, 0, 3);
  load_arg(&body, i, true);
  jump(&body, BPF_JEQ, 0, 0, 1);
  ret(&body, ALLOW);
  ret(&body, otherwise);
  on_syscall(b, nr, &body);
}

// Allowed when argument i (all 64 bits) has no bit outside `allowed`.
static void rule_flags_within(struct bpf_buf *b, long nr, int i, uint32_t allowed,
                              uint32_t otherwise) {
  struct bpf_buf body = {.n = 0};
  load_arg(&body, i, true);
  jump(&body, BPF_JEQ, 0, 0, 3);
  load_arg(&body, i, false);
  jump(&body, BPF_JSET, ~allowed, 1, 0);
  ret(&body, ALLOW);
  ret(&body, otherwise);
  on_syscall(b, nr, &body);
}

// mmap/mprotect: never writable and executable at once (W^X also holds
// for a program that bypasses mem_map/mem_protect).
static void rule_no_wx(struct bpf_buf *b, long nr) {
  struct bpf_buf body = {.n = 0};
  load_arg(&body, 2, false);
  emit(&body, (struct sock_filter)BPF_STMT(BPF_ALU | BPF_AND | BPF_K, PROT_WRITE | PROT_EXEC));
  jump(&body, BPF_JEQ, PROT_WRITE | PROT_EXEC, 1, 0);
  ret(&body, ALLOW);
  ret(&body, KILL);
  on_syscall(b, nr, &body);
}

// openat: relative to a descriptor; relative to the working directory only
// to read (the dynamic loader of a re-executed runtime opens its libraries
// that way, and Landlock decides which paths may be read).
static void rule_openat(struct bpf_buf *b) {
  const uint32_t writing = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | __O_TMPFILE;
  struct bpf_buf body = {.n = 0};
  load_arg(&body, 0, false);
  jump(&body, BPF_JEQ, AT_FDCWD_U32, 1, 0);
  ret(&body, ALLOW);
  load_arg(&body, 2, false);
  jump(&body, BPF_JSET, writing, 1, 0);
  ret(&body, ALLOW);
  ret(&body, KILL);
  on_syscall(b, SYS_openat, &body);
}

// ioctl: the probe, and the few requests the runtime makes (FIONREAD in
// poll, TCGETS from isatty, close-on-exec and non-blocking toggles).
// Everything else (TIOCSTI above all) fails.
static void rule_ioctl(struct bpf_buf *b) {
  static const uint32_t allowed[] = {FIONREAD, TCGETS, FIOCLEX, FIONCLEX, FIONBIO};
  const size_t n = sizeof(allowed) / sizeof(allowed[0]);
  struct bpf_buf body = {.n = 0};
  load_arg(&body, 1, false);
  jump(&body, BPF_JEQ, PROBE_IOCTL, 0, 1);
  ret(&body, ERRNO(PROBE_ERRNO));
  for (size_t j = 1; j <= n; j++)
    jump(&body, BPF_JEQ, allowed[j - 1], (uint8_t)(n + 1 - j), 0);
  ret(&body, ERRNO(EPERM));
  ret(&body, ALLOW);
  on_syscall(b, SYS_ioctl, &body);
}

static void build_policy(struct bpf_buf *b) {
  // Only native x86_64 calls: `int 0x80` arrives as AUDIT_ARCH_I386, and
  // x32 numbers have bit 30 set.
  emit(b, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)));
  jump(b, BPF_JEQ, AUDIT_ARCH_X86_64, 1, 0);
  ret(b, KILL);
  emit(b, (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)));
  jump(b, BPF_JGE, X32_SYSCALL_BIT, 0, 1);
  ret(b, KILL);

  // Hot paths of the system call implementations.
  static const long plain_hot[] = {
      SYS_futex, SYS_read, SYS_write, SYS_ppoll, SYS_sched_yield, SYS_clock_gettime,
      SYS_clock_nanosleep, SYS_pread64, SYS_pwrite64, SYS_readv, SYS_writev, SYS_preadv,
      SYS_pwritev, SYS_lseek, SYS_close, SYS_recvmsg, SYS_sendmsg, SYS_getdents64,
      SYS_newfstatat, SYS_fstat, SYS_statx, SYS_munmap, SYS_madvise, SYS_mremap, SYS_brk,
      SYS_rt_sigprocmask, SYS_rt_sigaction, SYS_rt_sigreturn, SYS_getpid, SYS_gettid,
      SYS_getrandom, SYS_exit, SYS_exit_group,
  };
  for (size_t i = 0; i < sizeof(plain_hot) / sizeof(plain_hot[0]); i++)
    rule_action(b, plain_hot[i], ALLOW);
  rule_no_wx(b, SYS_mmap);
  rule_no_wx(b, SYS_mprotect);
  rule_openat(b);
  rule_dirfds(b, SYS_openat2, 0, -1);
  rule_ioctl(b);
  // Seals only ever restrict a memfd (the exec handoff seals its own).
  static const uint32_t fcntl_cmds[] = {F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL,
                                        F_DUPFD_CLOEXEC, F_ADD_SEALS, F_GET_SEALS};
  rule_arg_in(b, SYS_fcntl, 1, fcntl_cmds, sizeof(fcntl_cmds) / sizeof(fcntl_cmds[0]),
              ERRNO(EPERM));

  // Descriptors, files and memory the program already holds.
  static const long plain[] = {
      SYS_poll, SYS_pause, SYS_nanosleep, SYS_clock_getres, SYS_gettimeofday, SYS_time,
      SYS_ftruncate, SYS_fallocate, SYS_fsync, SYS_fdatasync, SYS_fadvise64,
      SYS_readlinkat, SYS_access, SYS_faccessat, SYS_faccessat2, SYS_msync, SYS_fstatfs,
      SYS_dup, SYS_dup2, SYS_dup3, SYS_close_range, SYS_memfd_create,
      SYS_accept, SYS_accept4, SYS_recvfrom, SYS_shutdown, SYS_getsockopt,
      SYS_getsockname, SYS_getpeername, SYS_wait4, SYS_waitid, SYS_pidfd_open,
      SYS_pidfd_send_signal, SYS_sigaltstack, SYS_restart_syscall, SYS_set_robust_list,
      SYS_rseq, SYS_set_tid_address, SYS_arch_prctl, SYS_sched_getaffinity, SYS_getppid,
      SYS_getrlimit,
      // Landlock calls can only narrow what the caller may do; a
      // re-executed runtime uses them to confine itself to its own grants.
      SYS_landlock_create_ruleset, SYS_landlock_add_rule, SYS_landlock_restrict_self,
  };
  for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
    rule_action(b, plain[i], ALLOW);

  // Changing names beneath granted directories (Landlock decides which).
  rule_dirfds(b, SYS_mkdirat, 0, -1);
  rule_dirfds(b, SYS_unlinkat, 0, -1);
  rule_dirfds(b, SYS_renameat, 0, 2);
  rule_dirfds(b, SYS_renameat2, 0, 2);
  rule_dirfds(b, SYS_symlinkat, 1, -1);
  // The source may be /proc/self/fd/N (link_resolved in sys_file.c).
  rule_dirfds(b, SYS_linkat, 2, -1);
  rule_dirfds(b, SYS_utimensat, 0, -1);

  // Sockets: only unnamed pairs (fd_create2); no destination addresses.
  static const uint32_t unix_only[] = {AF_UNIX};
  rule_arg_in(b, SYS_socketpair, 0, unix_only, 1, KILL);
  rule_arg_zero(b, SYS_sendto, 4, KILL);

  // Processes: threads and proc_fork, never new namespaces or tracing.
  const uint32_t clone_ok = CSIGNAL | CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
                            CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS |
                            CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID |
                            CLONE_CHILD_SETTID | CLONE_DETACHED;
  rule_flags_within(b, SYS_clone, 0, clone_ok, KILL);
  // clone3 passes its flags in memory the filter cannot read; ENOSYS makes
  // glibc fall back to clone.
  rule_action(b, SYS_clone3, ERRNO(ENOSYS));
  // proc_exec re-executes the runtime through its descriptor; no path.
  static const uint32_t empty_path[] = {AT_EMPTY_PATH};
  rule_arg_in(b, SYS_execveat, 4, empty_path, 1, KILL);
  // Signals to single processes only (children, this process); Landlock's
  // signal scoping keeps them inside the sandbox.  No -1, 0 or groups.
  rule_arg_range(b, SYS_kill, 0, 2, 0x7fffffff, KILL);
  rule_arg_range(b, SYS_tgkill, 0, 2, 0x7fffffff, KILL);
  rule_arg_zero(b, SYS_prlimit64, 2, ERRNO(EPERM));
  static const uint32_t prctl_ok[] = {PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS,
                                      PR_GET_SECCOMP};
  rule_arg_in(b, SYS_prctl, 0, prctl_ok, sizeof(prctl_ok) / sizeof(prctl_ok[0]),
              ERRNO(EPERM));
  // Probed by libraries, harmless to refuse.
  rule_action(b, SYS_setsockopt, ERRNO(EPERM));

  ret(b, KILL);
}

int seccomp_confine(char *why, size_t whylen) {
  static struct bpf_buf prog;
  prog.n = 0;
  prog.overflow = false;
  build_policy(&prog);
  if (prog.overflow) {
    snprintf(why, whylen, "seccomp: the filter does not fit");
    errno = E2BIG;
    return -1;
  }
  struct sock_fprog fprog = {.len = (unsigned short)prog.n, .filter = prog.insn};
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &fprog) == 0)
    return 0;
  int saved = errno;
  snprintf(why, whylen, "seccomp: %s", strerror(saved));
  errno = saved;
  return -1;
}

bool seccomp_already_confined(void) {
  return syscall(SYS_ioctl, -1, (unsigned long)PROBE_IOCTL, 0) == -1 && errno == PROBE_ERRNO;
}
