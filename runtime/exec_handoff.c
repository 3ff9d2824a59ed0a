#define _GNU_SOURCE
#include "exec_handoff.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "elf_loader.h"
#include "errno_map.h"
#include "guest_mem.h"
#include "path_resolve.h"
#include "process_lock.h"
#include "start.h"
#include "tls_switch.h"
#include "vdso.h"

#define HANDOFF_MAGIC 0x43414278u  // "xBAC"
#define HANDOFF_VERSION 1u

#define HANDOFF_SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)

struct handoff_header {
  uint32_t magic;
  uint32_t version;
  int32_t exe_fd;
  uint32_t sandbox_mode;
  uint64_t nfds;
  uint64_t argdata_len;
  uint64_t norphans;  // children whose descriptors do not survive
};

struct handoff_fd {
  int32_t host_fd;
  int32_t pid;
  uint64_t base;
  uint64_t inheriting;
  uint32_t exitcode;
  uint8_t type;
  uint8_t listening;
  uint8_t proc_ours;
  uint8_t proc_reaped;
  uint8_t signal;
  uint8_t pad[7];
};

static int self_exe = -1;
static enum sandbox_mode next_sandbox_mode;
extern char **environ;

void exec_handoff_init(enum sandbox_mode mode) {
  // Opened now: /proc may be out of reach once the process is confined.
  self_exe = open("/proc/self/exe", O_PATH | O_CLOEXEC);
  next_sandbox_mode = mode;
}

int exec_handoff_self_fd(void) { return self_exe; }

static int write_all(int fd, const void *buf, size_t len) {
  const char *p = buf;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static int set_cloexec(int fd, bool on) {
  int fl = fcntl(fd, F_GETFD);
  if (fl < 0)
    return -1;
  return fcntl(fd, F_SETFD, on ? (fl | FD_CLOEXEC) : (fl & ~FD_CLOEXEC));
}

// The descriptor of the handoff: records and argdata in a memfd.
static int build_memfd(int exe_host_fd, const struct fd_entry *entries, size_t n,
                       const void *argdata, size_t argdata_len) {
  // Children named only by descriptors that do not survive: the new image
  // kills them, as closing those descriptors would.  (Not here: exec may
  // still fail.)
  size_t nchildren;
  pid_t *children = fd_table_children(&nchildren);
  size_t norphans = 0;
  for (size_t c = 0; c < nchildren; c++) {
    bool kept = false;
    for (size_t i = 0; i < n && !kept; i++)
      kept = entries[i].object->type == CLOUDABI_FILETYPE_PROCESS &&
             entries[i].object->pid == children[c];
    if (!kept)
      children[norphans++] = children[c];
  }
  int m = memfd_create("cloudabi-exec-handoff", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (m < 0) {
    free(children);
    return -1;
  }
  struct handoff_header h = {
      .magic = HANDOFF_MAGIC,
      .version = HANDOFF_VERSION,
      .exe_fd = exe_host_fd,
      .sandbox_mode = (uint32_t)next_sandbox_mode,
      .nfds = n,
      .argdata_len = argdata_len,
      .norphans = norphans,
  };
  int r = write_all(m, &h, sizeof(h));
  for (size_t i = 0; r == 0 && i < n; i++) {
    const struct fd_object *o = entries[i].object;
    struct handoff_fd rec = {
        .host_fd = o->host_fd,
        .pid = o->pid,
        .base = entries[i].base,
        .inheriting = entries[i].inheriting,
        .exitcode = o->proc_exitcode,
        .type = o->type,
        .listening = o->listening,
        .proc_ours = o->proc_ours,
        .proc_reaped = o->proc_reaped,
        .signal = o->proc_signal,
    };
    r = write_all(m, &rec, sizeof(rec));
  }
  if (r == 0 && argdata_len > 0)
    r = write_all(m, argdata, argdata_len);
  for (size_t i = 0; r == 0 && i < norphans; i++) {
    int32_t pid = children[i];
    r = write_all(m, &pid, sizeof(pid));
  }
  free(children);
  // Sealed, so that nothing (say, a guest thread with raw system calls)
  // can change it between here and the new image reading it.  Best
  // effort: a seccomp filter that does not allow the sealing commands
  // of fcntl (EPERM) leaves it unsealed.
  if (r == 0 && fcntl(m, F_ADD_SEALS, HANDOFF_SEALS) != 0 && errno != EPERM)
    r = -1;
  if (r != 0) {
    int saved = errno;
    close(m);
    errno = saved;
    return -1;
  }
  return m;
}

cloudabi_errno_t exec_handoff_run(int exe_host_fd, const struct fd_entry *entries, size_t n,
                                  const void *argdata, size_t argdata_len) {
  int m = build_memfd(exe_host_fd, entries, n, argdata, argdata_len);
  if (m < 0)
    return errno_current();
  char option[64];
  snprintf(option, sizeof(option), "%s%d", EXEC_HANDOFF_OPTION, m);
  char *argv[] = {"cloudabi-run", option, NULL};

  // No proc_fork may run while descriptors are inheritable.
  process_lock();
  // The runtime's own diagnostics keep going to the launcher's standard
  // error, even if the program was granted it and did not pass it on.
  int stderr_flags = fcntl(2, F_GETFD);
  if (stderr_flags >= 0)
    fcntl(2, F_SETFD, stderr_flags & ~FD_CLOEXEC);
  int saved = 0;
  if (set_cloexec(m, false) != 0 || set_cloexec(exe_host_fd, false) != 0)
    saved = errno;
  for (size_t i = 0; saved == 0 && i < n; i++)
    if (set_cloexec(entries[i].object->host_fd, false) != 0)
      saved = errno;
  if (saved == 0) {
    if (self_exe >= 0)
      syscall(SYS_execveat, self_exe, "", argv, environ, AT_EMPTY_PATH);
    else
      execve("/proc/self/exe", argv, environ);
    saved = errno;
  }
  // Still here: put everything back.
  if (stderr_flags >= 0)
    fcntl(2, F_SETFD, stderr_flags);
  set_cloexec(exe_host_fd, true);
  for (size_t i = 0; i < n; i++)
    set_cloexec(entries[i].object->host_fd, true);
  process_unlock();
  close(m);
  return errno_to_cloudabi(saved);
}

static void read_exact_at(int fd, void *buf, size_t len, off_t off) {
  char *p = buf;
  while (len > 0) {
    ssize_t r = pread(fd, p, len, off);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      launch_fail("exec: cannot read the handoff: %s", r < 0 ? strerror(errno) : "truncated");
    p += r;
    off += r;
    len -= (size_t)r;
  }
}

_Noreturn void exec_handoff_resume(const char *number) {
  diag_set_subject("proc_exec");
  char *end;
  errno = 0;
  long m = strtol(number, &end, 10);
  if (errno != 0 || *end != '\0' || m < 0 || m > INT_MAX)
    launch_fail("malformed %s option", EXEC_HANDOFF_OPTION);
  // Sealed unless a filter inherited from the old image forbids sealing
  // (then it forbids looking, too: EPERM).
  int seals = fcntl((int)m, F_GET_SEALS);
  if (seals < 0 ? errno != EPERM : (seals & HANDOFF_SEALS) != HANDOFF_SEALS)
    launch_fail("not a handoff from this runtime (not a sealed memory file)");
  struct handoff_header h;
  read_exact_at((int)m, &h, sizeof(h), 0);
  if (h.magic != HANDOFF_MAGIC || h.version != HANDOFF_VERSION || h.nfds > (1u << 20) ||
      h.argdata_len > (1ull << 31))
    launch_fail("not a handoff from this runtime");
  struct handoff_fd *recs = calloc(h.nfds + 1, sizeof(*recs));
  unsigned char *argdata = malloc(h.argdata_len + 1);
  if (recs == NULL || argdata == NULL)
    launch_fail("out of memory");
  read_exact_at((int)m, recs, h.nfds * sizeof(*recs), sizeof(h));
  off_t off = (off_t)(sizeof(h) + h.nfds * sizeof(*recs));
  read_exact_at((int)m, argdata, h.argdata_len, off);
  off += (off_t)h.argdata_len;
  for (uint64_t i = 0; i < h.norphans && i < (1u << 20); i++) {
    int32_t pid;
    read_exact_at((int)m, &pid, sizeof(pid), off);
    off += (off_t)sizeof(pid);
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, NULL, 0);
    }
  }
  close((int)m);

  if (!tls_layout_supported())
    launch_fail("the host C library keeps no thread pointer at %%fs:0x10");
  struct loaded_program prog;
  char err[512];
  if (elf_load(h.exe_fd, &prog, err, sizeof(err)) != 0)
    launch_fail("%s", err);
  bool exe_granted = false;
  for (size_t i = 0; i < h.nfds; i++)
    exe_granted |= recs[i].host_fd == h.exe_fd;
  if (!exe_granted)
    close(h.exe_fd);  // the mappings stay

  // fds[i] becomes number i; numbers that named one object still do.
  struct fd_object **objects = calloc(h.nfds + 1, sizeof(*objects));
  if (objects == NULL)
    launch_fail("out of memory");
  for (size_t i = 0; i < h.nfds; i++) {
    const struct handoff_fd *r = &recs[i];
    for (size_t j = 0; j < i && objects[i] == NULL; j++)
      if (recs[j].host_fd == r->host_fd) {
        objects[i] = objects[j];
        fd_object_ref(objects[i]);
      }
    if (objects[i] == NULL) {
      objects[i] = fd_object_new(r->host_fd, r->type);
      if (objects[i] == NULL)
        launch_fail("out of memory");
      objects[i]->listening = r->listening;
      objects[i]->pid = r->pid;
      objects[i]->proc_ours = r->proc_ours;
      objects[i]->proc_reaped = r->proc_reaped;
      objects[i]->proc_signal = r->signal;
      objects[i]->proc_exitcode = r->exitcode;
      fcntl(r->host_fd, F_SETFD, FD_CLOEXEC);
    }
    if (fd_table_insert_at((cloudabi_fd_t)i, objects[i], r->base, r->inheriting) != 0)
      launch_fail("out of memory");
  }
  free(objects);
  free(recs);

  exec_handoff_init((enum sandbox_mode)h.sandbox_mode);
  path_resolve_init();
  const void *vdso = vdso_build();
  if (vdso == NULL)
    launch_fail("out of memory");
  if (guest_mem_init() != 0)
    launch_fail("cannot install the fault handler: %s", strerror(errno));
  if (sandbox_enter((enum sandbox_mode)h.sandbox_mode, err, sizeof(err)) != 0)
    launch_fail("%s", err);
  start_program(&prog, vdso, argdata, h.argdata_len);
}
