// A hostile CloudABI program: it ignores the libc and the runtime's system
// call table and talks to the Linux kernel directly with the `syscall` and
// `int 0x80` instructions, which run in the same process as cloudabi-run.
//
// The argdata map names one attack ("case") and grants stdout, a
// read-only directory "ro" and a writable directory "rw"; strings give the
// host paths of those directories and of one outside them, a TCP port and
// an abstract unix socket name the driver listens on, the number of a host
// descriptor the driver leaked into the runtime, and a mount point.
//
// The attack prints "ESCAPED: ..." when the kernel let it through and
// "BLOCKED: ..." when the call failed; being killed (SIGSYS from seccomp)
// prints nothing.  A successful exec ends the program with status 42 if
// the new image could read /etc/passwd, 43 if it could not.  tests/host/sandbox/hostile_driver.c decides, together
// with its own checks of side effects outside the grants.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// Linux x86_64 system call numbers and constants (the CloudABI headers do
// not have them, which is the point).
enum {
  NR_read = 0, NR_write = 1, NR_open = 2, NR_close = 3, NR_fstat = 5, NR_mmap = 9,
  NR_mprotect = 10, NR_ioctl = 16, NR_getpid = 39, NR_socket = 41, NR_connect = 42,
  NR_sendmsg = 46, NR_bind = 49, NR_listen = 50, NR_socketpair = 53, NR_execve = 59,
  NR_exit = 60, NR_kill = 62, NR_ptrace = 101, NR_setuid = 105, NR_getppid = 110,
  NR_chroot = 161, NR_mount = 165, NR_tgkill = 234, NR_keyctl = 250, NR_openat = 257,
  NR_mkdirat = 258, NR_newfstatat = 262, NR_renameat = 264, NR_symlinkat = 266,
  NR_fchmodat = 268, NR_unshare = 272, NR_perf_event_open = 298,
  NR_name_to_handle_at = 303, NR_open_by_handle_at = 304, NR_process_vm_readv = 310,
  NR_memfd_create = 319, NR_bpf = 321, NR_execveat = 322, NR_userfaultfd = 323,
  NR_io_uring_setup = 425, NR_linkat = 265, NR_utimensat = 280, NR_clone = 56,
  NR_clone3 = 435,
};
#define L_AT_FDCWD (-100)
#define L_O_RDONLY 0
#define L_O_WRONLY 1
#define L_O_CREAT 0100
#define L_AT_EMPTY_PATH 0x1000
#define L_PROT_RW 3
#define L_PROT_RWX 7
#define L_MAP_PRIVATE_ANON 0x22
#define L_MAP_32BIT 0x40
#define L_AF_UNIX 1
#define L_AF_INET 2
#define L_SOCK_STREAM 1
#define L_SOCK_DGRAM 2
#define L_CLONE_NEWUSER 0x10000000
#define L_TIOCSTI 0x5412
#define X32_BIT 0x40000000L

static long sys6(long n, long a, long b, long c, long d, long e, long f) {
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  register long r9 __asm__("r9") = f;
  long ret;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return ret;
}
#define SYS(n, ...) sys_n(n, __VA_ARGS__, 0, 0, 0, 0, 0, 0)
#define sys_n(n, a, b, c, d, e, f, ...) \
  sys6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

// The 32-bit entry: arguments in ebx, ecx, edx.
static long int80(long n, long a, long b, long c) {
  long ret;
  __asm__ volatile("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
  return (int)ret;
}

static int out = -1;
static struct {
  const char *name, *ro_path, *rw_path, *outside, *mnt, *abstract;
  int port, secret_fd;
} cfg = {.secret_fd = -1};

static void say(const char *fmt, long v, const char *detail) {
  char buf[512];
  int n = snprintf(buf, sizeof(buf), fmt, v, detail);
  if (n > 0)
    write(out, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

// A negative return is -errno: the kernel refused.
static void verdict(long r, const char *what) {
  if (r < 0 && r > -4096)
    say("BLOCKED: errno %ld (%s)\n", -r, what);
  else
    say("ESCAPED: returned %ld (%s)\n", r, what);
}

// Reading from a descriptor obtained by an attack proves it usable.
static void verdict_read(long fd, const char *what) {
  if (fd < 0) {
    verdict(fd, what);
    return;
  }
  char buf[16];
  long n = SYS(NR_read, fd, buf, sizeof(buf));
  char line[512];
  int len = snprintf(line, sizeof(line), "ESCAPED: descriptor %ld, read gave %ld (%s)\n", fd, n,
                     what);
  if (len > 0)
    write(out, line, (size_t)len < sizeof(line) ? (size_t)len : sizeof(line) - 1);
}

// The host descriptor of a granted directory: the runtime's numbers are
// not the kernel's, but fstat on every host descriptor finds it.
static long host_fd_of(const char *path) {
  uint64_t want[18], st[18];
  if (path == NULL || SYS(NR_newfstatat, L_AT_FDCWD, path, want, 0) != 0)
    return -1;
  for (long fd = 0; fd < 1024; fd++)
    if (SYS(NR_fstat, fd, st) == 0 && st[0] == want[0] && st[1] == want[1])
      return fd;
  return -1;
}

static char path_buf[4096];
static const char *join(const char *a, const char *b) {
  snprintf(path_buf, sizeof(path_buf), "%s/%s", a != NULL ? a : "", b);
  return path_buf;
}

// Enough ".." to reach / from any granted directory.
static const char *up_to_root(const char *rest) {
  size_t n = 0;
  for (int i = 0; i < 40; i++)
    n += (size_t)snprintf(path_buf + n, sizeof(path_buf) - n, "../");
  snprintf(path_buf + n, sizeof(path_buf) - n, "%s", rest);
  return path_buf;
}

struct l_sockaddr_in {
  uint16_t family, port;
  uint32_t addr;
  uint8_t zero[8];
};
struct l_sockaddr_un {
  uint16_t family;
  char path[108];
};
struct l_iovec {
  void *base;
  size_t len;
};
struct l_msghdr {
  void *name;
  uint32_t namelen, pad0;
  struct l_iovec *iov;
  size_t iovlen;
  void *control;
  size_t controllen;
  int32_t flags, pad1;
};

static uint32_t abstract_address(struct l_sockaddr_un *sa) {
  memset(sa, 0, sizeof(*sa));
  sa->family = L_AF_UNIX;
  size_t n = strlen(cfg.abstract != NULL ? cfg.abstract : "");
  if (n > sizeof(sa->path) - 1)
    n = sizeof(sa->path) - 1;
  if (cfg.abstract != NULL)
    memcpy(sa->path + 1, cfg.abstract, n);
  return (uint32_t)(2 + 1 + n);
}

static struct l_sockaddr_in loopback(int port) {
  struct l_sockaddr_in sa = {.family = L_AF_INET};
  sa.port = (uint16_t)(((port & 0xff) << 8) | ((port >> 8) & 0xff));
  sa.addr = 0x0100007f;  // 127.0.0.1 in network order
  return sa;
}

// A static Linux ELF executable that tries openat(AT_FDCWD, "/etc/passwd")
// and exits 42 if that worked, 43 if not: it shows whether native code
// started by a hostile exec is still confined.
static size_t tiny_elf(unsigned char *b) {
  static const unsigned char code[] = {
      0xb8, 0x01, 0x01, 0, 0,             // mov eax, 257 (openat)
      0xbf, 0x9c, 0xff, 0xff, 0xff,       // mov edi, -100 (AT_FDCWD)
      0x48, 0x8d, 0x35, 28, 0, 0, 0,      // lea rsi, [rip + 28] (path)
      0x31, 0xd2,                         // xor edx, edx (O_RDONLY)
      0x0f, 0x05,                         // syscall
      0x48, 0x85, 0xc0,                   // test rax, rax
      0x78, 0x07,                         // js refused
      0xbf, 42, 0, 0, 0,                  // mov edi, 42
      0xeb, 0x05,                         // jmp out
      0xbf, 43, 0, 0, 0,                  // refused: mov edi, 43
      0xb8, 60, 0, 0, 0,                  // out: mov eax, 60 (exit)
      0x0f, 0x05,                         // syscall
      '/', 'e', 't', 'c', '/', 'p', 'a', 's', 's', 'w', 'd', 0,
  };
  const uint64_t base = 0x400000, entry = base + 120;
  size_t total = 120 + sizeof(code);
  memset(b, 0, 120);
  memcpy(b, "\x7f" "ELF\x02\x01\x01", 7);
  b[16] = 2;     // ET_EXEC
  b[18] = 0x3e;  // x86-64
  b[20] = 1;     // EV_CURRENT
  memcpy(b + 24, &entry, 8);
  b[32] = 64;    // e_phoff
  b[52] = 64;    // e_ehsize
  b[54] = 56;    // e_phentsize
  b[56] = 1;     // e_phnum
  uint32_t pt_load = 1, flags = 5;
  uint64_t zero = 0, size = total, align = 0x1000;
  memcpy(b + 64, &pt_load, 4);
  memcpy(b + 68, &flags, 4);
  memcpy(b + 72, &zero, 8);
  memcpy(b + 80, &base, 8);
  memcpy(b + 88, &base, 8);
  memcpy(b + 96, &size, 8);
  memcpy(b + 104, &size, 8);
  memcpy(b + 112, &align, 8);
  memcpy(b + 120, code, sizeof(code));
  return total;
}

// A second thread makes the attack: threads are under the filter too.
static void *thread_attack(void *arg) {
  (void)arg;
  verdict_read(SYS(NR_open, "/etc/passwd", L_O_RDONLY), "open(\"/etc/passwd\") from a thread");
  return NULL;
}

static void run_case(const char *c) {
  long ro = host_fd_of(cfg.ro_path), rw = host_fd_of(cfg.rw_path);
  if (strcmp(c, "open_etc_passwd") == 0) {
    verdict_read(SYS(NR_open, "/etc/passwd", L_O_RDONLY), "open(\"/etc/passwd\")");
  } else if (strcmp(c, "openat_cwd_read") == 0) {
    verdict_read(SYS(NR_openat, L_AT_FDCWD, "/etc/passwd", L_O_RDONLY),
                 "openat(AT_FDCWD, \"/etc/passwd\")");
  } else if (strcmp(c, "openat_cwd_create") == 0) {
    verdict(SYS(NR_openat, L_AT_FDCWD, join(cfg.outside, "cwd_marker"), L_O_WRONLY | L_O_CREAT,
                0644),
            "openat(AT_FDCWD, outside/cwd_marker, O_CREAT)");
  } else if (strcmp(c, "ro_create") == 0) {
    verdict(SYS(NR_openat, ro, "created", L_O_WRONLY | L_O_CREAT, 0644),
            "openat(ro grant, \"created\", O_WRONLY|O_CREAT)");
  } else if (strcmp(c, "ro_mkdir") == 0) {
    verdict(SYS(NR_mkdirat, ro, "made", 0755), "mkdirat(ro grant, \"made\")");
  } else if (strcmp(c, "dotdot_create") == 0) {
    verdict(SYS(NR_openat, rw, "../outside/dotdot_marker", L_O_WRONLY | L_O_CREAT, 0644),
            "openat(rw grant, \"../outside/dotdot_marker\", O_CREAT)");
  } else if (strcmp(c, "absolute_via_dirfd") == 0) {
    verdict_read(SYS(NR_openat, rw, "/etc/passwd", L_O_RDONLY),
                 "openat(rw grant, \"/etc/passwd\")");
  } else if (strcmp(c, "proc_self_mem") == 0) {
    verdict_read(SYS(NR_openat, rw, up_to_root("proc/self/mem"), L_O_RDONLY),
                 "openat(rw grant, \"../../../proc/self/mem\")");
  } else if (strcmp(c, "proc_1_environ") == 0) {
    verdict_read(SYS(NR_openat, rw, up_to_root("proc/1/environ"), L_O_RDONLY),
                 "openat(rw grant, \"../../../proc/1/environ\")");
  } else if (strcmp(c, "symlink_escape") == 0) {
    SYS(NR_symlinkat, "/etc/passwd", rw, "evil_link");
    verdict_read(SYS(NR_openat, rw, "evil_link", L_O_RDONLY),
                 "symlinkat(\"/etc/passwd\") in the rw grant, then openat of it");
  } else if (strcmp(c, "rename_out") == 0) {
    verdict(SYS(NR_renameat, rw, "victim", rw, "../outside/moved"),
            "renameat(rw grant \"victim\" -> \"../outside/moved\")");
  } else if (strcmp(c, "chmod_outside") == 0) {
    verdict(SYS(NR_fchmodat, L_AT_FDCWD, join(cfg.outside, "chmod_target"), 0777),
            "fchmodat(outside/chmod_target, 0777)");
  } else if (strcmp(c, "leaked_fd") == 0) {
    char buf[16];
    verdict(SYS(NR_read, cfg.secret_fd, buf, sizeof(buf)),
            "read() of a descriptor the launcher's parent left open");
  } else if (strcmp(c, "tcp_connect") == 0) {
    long s = SYS(NR_socket, L_AF_INET, L_SOCK_STREAM, 0);
    struct l_sockaddr_in sa = loopback(cfg.port);
    verdict(s < 0 ? s : SYS(NR_connect, s, &sa, sizeof(sa)),
            "socket(AF_INET) + connect(127.0.0.1)");
  } else if (strcmp(c, "tcp_bind_listen") == 0) {
    long s = SYS(NR_socket, L_AF_INET, L_SOCK_STREAM, 0);
    struct l_sockaddr_in sa = loopback(0);
    long r = s < 0 ? s : SYS(NR_bind, s, &sa, sizeof(sa));
    verdict(r < 0 ? r : SYS(NR_listen, s, 1), "socket(AF_INET) + bind + listen");
  } else if (strcmp(c, "abstract_connect") == 0) {
    long s = SYS(NR_socket, L_AF_UNIX, L_SOCK_STREAM, 0);
    struct l_sockaddr_un sa;
    uint32_t len = abstract_address(&sa);
    verdict(s < 0 ? s : SYS(NR_connect, s, &sa, len),
            "socket(AF_UNIX) + connect(abstract name)");
  } else if (strcmp(c, "abstract_sendmsg") == 0) {
    // socketpair is allowed (fd_create2); the address in the message is
    // beyond what seccomp can read, so this one is Landlock's.
    int pair[2];
    long r = SYS(NR_socketpair, L_AF_UNIX, L_SOCK_DGRAM, 0, pair);
    struct l_sockaddr_un sa;
    uint32_t len = abstract_address(&sa);
    char payload[] = "ESCAPED";
    struct l_iovec iov = {payload, sizeof(payload) - 1};
    struct l_msghdr m = {.name = &sa, .namelen = len, .iov = &iov, .iovlen = 1};
    verdict(r < 0 ? r : SYS(NR_sendmsg, pair[0], &m, 0),
            "socketpair(AF_UNIX, SOCK_DGRAM) + sendmsg to an abstract name");
  } else if (strcmp(c, "execve_sh") == 0) {
    // Descriptors are close-on-exec, so the shell proves itself by its
    // exit status.
    char *argv[] = {"sh", "-c", "exit 42", NULL};
    char *envp[] = {NULL};
    verdict(SYS(NR_execve, "/bin/sh", argv, envp), "execve(\"/bin/sh\")");
  } else if (strcmp(c, "memfd_exec") == 0) {
    static unsigned char image[256];
    size_t len = tiny_elf(image);
    long m = SYS(NR_memfd_create, "x", 0);
    if (m >= 0)
      SYS(NR_write, m, image, len);
    char *argv[] = {"x", NULL};
    char *envp[] = {NULL};
    verdict(m < 0 ? m : SYS(NR_execveat, m, "", argv, envp, L_AT_EMPTY_PATH),
            "memfd_create + execveat(AT_EMPTY_PATH) of a native ELF");
  } else if (strcmp(c, "ptrace_traceme") == 0) {
    verdict(SYS(NR_ptrace, 0, 0, 0, 0), "ptrace(PTRACE_TRACEME)");
  } else if (strcmp(c, "process_vm_readv") == 0) {
    long secret = 42, copy = 0;
    struct l_iovec local = {&copy, sizeof(copy)}, remote = {&secret, sizeof(secret)};
    verdict(SYS(NR_process_vm_readv, SYS(NR_getpid, 0), &local, 1, &remote, 1, 0),
            "process_vm_readv");
  } else if (strcmp(c, "kill_init") == 0) {
    verdict(SYS(NR_kill, 1, 0), "kill(1, 0)");
  } else if (strcmp(c, "kill_everyone") == 0) {
    verdict(SYS(NR_kill, -1, 0), "kill(-1, 0)");
  } else if (strcmp(c, "tgkill_parent") == 0) {
    long pp = SYS(NR_getppid, 0);
    verdict(SYS(NR_tgkill, pp, pp, 0), "tgkill(parent, parent, 0)");
  } else if (strcmp(c, "mount_tmpfs") == 0) {
    verdict(SYS(NR_mount, "none", cfg.mnt, "tmpfs", 0, 0), "mount(tmpfs)");
  } else if (strcmp(c, "unshare_userns") == 0) {
    verdict(SYS(NR_unshare, L_CLONE_NEWUSER), "unshare(CLONE_NEWUSER)");
  } else if (strcmp(c, "chroot") == 0) {
    verdict(SYS(NR_chroot, "/"), "chroot(\"/\")");
  } else if (strcmp(c, "bpf_map_create") == 0) {
    uint32_t attr[32] = {2 /* BPF_MAP_TYPE_ARRAY */, 4, 4, 1};
    verdict(SYS(NR_bpf, 0 /* BPF_MAP_CREATE */, attr, sizeof(attr)), "bpf(BPF_MAP_CREATE)");
  } else if (strcmp(c, "perf_event_open") == 0) {
    uint32_t attr[32] = {1 /* PERF_TYPE_SOFTWARE */, 128};
    verdict(SYS(NR_perf_event_open, attr, 0, -1, -1, 0), "perf_event_open(cpu-clock)");
  } else if (strcmp(c, "io_uring_setup") == 0) {
    uint32_t params[30] = {0};
    verdict(SYS(NR_io_uring_setup, 4, params), "io_uring_setup");
  } else if (strcmp(c, "userfaultfd") == 0) {
    verdict(SYS(NR_userfaultfd, 1 /* UFFD_USER_MODE_ONLY */), "userfaultfd");
  } else if (strcmp(c, "keyctl") == 0) {
    verdict(SYS(NR_keyctl, 0 /* GET_KEYRING_ID */, -3 /* session */, 1),
            "keyctl(KEYCTL_GET_KEYRING_ID)");
  } else if (strcmp(c, "open_by_handle_at") == 0) {
    struct {
      uint32_t bytes;
      int32_t type;
      unsigned char h[128];
    } handle = {.bytes = 128};
    int mount_id;
    long r = SYS(NR_name_to_handle_at, L_AT_FDCWD, "/etc/passwd", &handle, &mount_id, 0);
    if (r < 0)
      verdict(r, "name_to_handle_at(\"/etc/passwd\")");
    else
      verdict_read(SYS(NR_open_by_handle_at, L_AT_FDCWD, &handle, L_O_RDONLY),
                   "name_to_handle_at + open_by_handle_at(\"/etc/passwd\")");
  } else if (strcmp(c, "setuid_root") == 0) {
    verdict(SYS(NR_setuid, 0), "setuid(0)");
  } else if (strcmp(c, "mprotect_wx") == 0) {
    long p = SYS(NR_mmap, 0, 4096, L_PROT_RW, L_MAP_PRIVATE_ANON, -1, 0);
    verdict(p < 0 ? p : SYS(NR_mprotect, p, 4096, L_PROT_RWX),
            "mprotect(PROT_READ|PROT_WRITE|PROT_EXEC)");
  } else if (strcmp(c, "mmap_wx") == 0) {
    long p = SYS(NR_mmap, 0, 4096, L_PROT_RWX, L_MAP_PRIVATE_ANON, -1, 0);
    verdict(p < 0 ? p : 0, "mmap(PROT_READ|PROT_WRITE|PROT_EXEC)");
  } else if (strcmp(c, "tiocsti") == 0) {
    char ch = 'x';
    verdict(SYS(NR_ioctl, 0, L_TIOCSTI, &ch), "ioctl(0, TIOCSTI)");
  } else if (strcmp(c, "x32_syscall") == 0) {
    verdict(SYS(X32_BIT | NR_getpid, 0), "x32 getpid (nr | 0x40000000)");
  } else if (strcmp(c, "int80_open") == 0) {
    // 32-bit calls take 32-bit pointers: the path goes in a low page.
    long p = SYS(NR_mmap, 0, 4096, L_PROT_RW, L_MAP_PRIVATE_ANON | L_MAP_32BIT, -1, 0);
    if (p < 0) {
      verdict(p, "mmap(MAP_32BIT)");
      return;
    }
    strcpy((char *)p, "/etc/passwd");
    long fd = int80(5 /* open */, p, 0, 0);
    if (fd >= 0)
      fd = int80(3 /* read */, fd, p + 64, 16) >= 0 ? fd : -1;
    verdict(fd, "int 0x80 open(\"/etc/passwd\") + read");
  } else if (strcmp(c, "fork_child_int80") == 0) {
    // A child made by proc_fork keeps the filter: its 32-bit call kills
    // it; the parent reports how it ended.
    cloudabi_fd_t child;
    cloudabi_tid_t tid;
    if (cloudabi_sys_proc_fork(&child, &tid) != 0) {
      say("BLOCKED: proc_fork failed %ld%s\n", 0, "");
      return;
    }
    if (child == CLOUDABI_PROCESS_CHILD) {
      verdict(int80(20 /* getpid */, 0, 0, 0), "int 0x80 getpid in a forked child");
      cloudabi_sys_proc_exit(0);
    }
    cloudabi_subscription_t sub = {.type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
                                   .proc_terminate = {.fd = child}};
    cloudabi_event_t ev;
    size_t n;
    if (cloudabi_sys_poll(&sub, &ev, 1, &n) != 0 || n != 1)
      say("BLOCKED: cannot wait for the child %ld%s\n", 0, "");
    else if (ev.proc_terminate.signal != 0)
      say("BLOCKED: the child was killed by CloudABI signal %ld%s\n",
          ev.proc_terminate.signal, "");
  } else if (strcmp(c, "fork_child_signals_parent") == 0) {
    // CloudABI has no kill(): a child must not reach the process that made
    // it.  Signal 0 tests the permission without delivering anything.
    cloudabi_fd_t child;
    cloudabi_tid_t tid;
    if (cloudabi_sys_proc_fork(&child, &tid) != 0) {
      say("BLOCKED: proc_fork failed %ld%s\n", 0, "");
      return;
    }
    if (child == CLOUDABI_PROCESS_CHILD) {
      verdict(SYS(NR_kill, SYS(NR_getppid, 0), 0), "kill(parent, 0) from a forked child");
      cloudabi_sys_proc_exit(0);
    }
    cloudabi_subscription_t sub = {.type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
                                   .proc_terminate = {.fd = child}};
    cloudabi_event_t ev;
    size_t n;
    cloudabi_sys_poll(&sub, &ev, 1, &n);
  } else if (strcmp(c, "deep_fork_chain") == 0) {
    // 20 nested proc_forks, more than Landlock's 16 layers: forking keeps
    // working and the deepest child is still under the filter.  Each
    // parent passes its child's end on as its exit status (100 + signal).
    const int depth = 20;
    for (int level = 0; level < depth; level++) {
      cloudabi_fd_t child;
      cloudabi_tid_t tid;
      if (cloudabi_sys_proc_fork(&child, &tid) != 0)
        cloudabi_sys_proc_exit(level == 0 ? 2 : 99);
      if (child == CLOUDABI_PROCESS_CHILD)
        continue;
      cloudabi_subscription_t sub = {.type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
                                     .proc_terminate = {.fd = child}};
      cloudabi_event_t ev;
      size_t n;
      if (cloudabi_sys_poll(&sub, &ev, 1, &n) != 0 || n != 1)
        cloudabi_sys_proc_exit(98);
      unsigned code = ev.proc_terminate.signal != 0 ? 100u + ev.proc_terminate.signal
                                                    : ev.proc_terminate.exitcode;
      if (level > 0)
        cloudabi_sys_proc_exit(code);
      if (code >= 100)
        say("BLOCKED: the child at depth 20 was killed (status %ld)%s\n", (long)code, "");
      else
        say("ESCAPED: the chain ended with status %ld%s\n", (long)code, "");
      return;
    }
    verdict(int80(20 /* getpid */, 0, 0, 0), "int 0x80 getpid at fork depth 20");
    cloudabi_sys_proc_exit(0);
  } else if (strcmp(c, "thread_open") == 0) {
    pthread_t t;
    if (pthread_create(&t, NULL, thread_attack, NULL) != 0) {
      say("BLOCKED: pthread_create failed %ld%s\n", 0, "");
      return;
    }
    pthread_join(t, NULL);
  } else if (strcmp(c, "clone_newuser") == 0) {
    // A raw fork into new namespaces; the child leaves at once.
    long r = SYS(NR_clone, L_CLONE_NEWUSER | 17 /* SIGCHLD */, 0, 0, 0, 0);
    if (r == 0)
      SYS(NR_exit, 0);
    verdict(r, "clone(CLONE_NEWUSER)");
  } else if (strcmp(c, "clone3") == 0) {
    // clone3's flags are in memory; the filter answers ENOSYS for all.
    uint64_t args[11] = {L_CLONE_NEWUSER, 0, 0, 0, 17 /* exit_signal */};
    long r = SYS(NR_clone3, args, sizeof(args));
    if (r == 0)
      SYS(NR_exit, 0);
    verdict(r, "clone3(CLONE_NEWUSER)");
  } else if (strcmp(c, "link_in") == 0) {
    verdict(SYS(NR_linkat, L_AT_FDCWD, join(cfg.outside, "chmod_target"), rw, "stolen", 0),
            "linkat(outside/chmod_target -> rw grant \"stolen\")");
  } else if (strcmp(c, "utimes_outside") == 0) {
    uint64_t times[4] = {0, 0, 0, 0};  // both timestamps: the epoch
    verdict(SYS(NR_utimensat, rw, join(cfg.outside, "chmod_target"), times, 0),
            "utimensat(rw grant, \"/abs/outside/chmod_target\", epoch)");
  } else if (strcmp(c, "stat_outside") == 0) {
    uint64_t st[18];
    verdict(SYS(NR_newfstatat, rw, "/etc/passwd", st, 0), "newfstatat(\"/etc/passwd\")");
  } else if (strcmp(c, "pathname_unix_sendmsg") == 0) {
    int pair[2];
    long r = SYS(NR_socketpair, L_AF_UNIX, L_SOCK_DGRAM, 0, pair);
    struct l_sockaddr_un sa = {.family = L_AF_UNIX};
    snprintf(sa.path, sizeof(sa.path), "%s", join(cfg.outside, "dgram.sock"));
    char payload[] = "ESCAPED";
    struct l_iovec iov = {payload, sizeof(payload) - 1};
    struct l_msghdr m = {.name = &sa, .namelen = sizeof(sa), .iov = &iov, .iovlen = 1};
    verdict(r < 0 ? r : SYS(NR_sendmsg, pair[0], &m, 0),
            "socketpair(AF_UNIX, SOCK_DGRAM) + sendmsg to outside/dgram.sock");
  } else {
    say("UNKNOWN CASE %ld %s\n", 0, c);
    exit(3);
  }
}

// Not an attack: the confinement of a re-executed image whose caller kept
// no descriptor at all (the new runtime then has nothing on fds 0 and 1).
// The first image execs itself; the second one exits with status 7.
static void exec_without_descriptors(int self) {
  const argdata_t *key = argdata_create_str_c("case");
  const argdata_t *value = argdata_create_str_c("after_exec");
  argdata_t *map = argdata_create_map(&key, &value, 1);
  if (map == NULL)
    exit(4);
  size_t len, nfds;
  argdata_serialized_length(map, &len, &nfds);
  void *buf = malloc(len);
  if (buf == NULL)
    exit(4);
  argdata_serialize(map, buf, NULL);
  cloudabi_sys_proc_exec((cloudabi_fd_t)self, buf, len, NULL, 0);
  exit(5);  // proc_exec returned: it failed
}

void program_main(const argdata_t *ad) {
  int self = -1;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *k, *s = NULL;
    if (argdata_get_str_c(key, &k) != 0)
      continue;
    argdata_get_str_c(value, &s);
    if (strcmp(k, "stdout") == 0)
      argdata_get_fd(value, &out);
    else if (strcmp(k, "case") == 0)
      cfg.name = s;
    else if (strcmp(k, "self") == 0)
      argdata_get_fd(value, &self);
    else if (strcmp(k, "ro_path") == 0)
      cfg.ro_path = s;
    else if (strcmp(k, "rw_path") == 0)
      cfg.rw_path = s;
    else if (strcmp(k, "outside") == 0)
      cfg.outside = s;
    else if (strcmp(k, "mnt") == 0)
      cfg.mnt = s;
    else if (strcmp(k, "abstract") == 0)
      cfg.abstract = s;
    else if (strcmp(k, "port") == 0 && s != NULL)
      cfg.port = atoi(s);
    else if (strcmp(k, "secret_fd") == 0 && s != NULL)
      cfg.secret_fd = atoi(s);
  }
  if (cfg.name != NULL && strcmp(cfg.name, "after_exec") == 0)
    exit(7);
  if (cfg.name != NULL && strcmp(cfg.name, "exec_without_descriptors") == 0)
    exec_without_descriptors(self);
  if (out < 0 || cfg.name == NULL)
    exit(2);
  run_case(cfg.name);
  exit(0);
}
