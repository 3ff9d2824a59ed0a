// Every one of the 49 system calls is implemented: each is called with
// arguments that must fail in a specific way (or succeed), and none may
// answer ENOSYS.  The table is checked against the ABI's list of names, so
// a call cannot be left out.
#include <cloudabi_syscalls_info.h>
#include <harness.h>

#include "proc_test.h"
#include "sys_test.h"

#define BAD_FD ((cloudabi_fd_t)0x7fffff00)

struct probe {
  const char *name;
  cloudabi_errno_t (*call)(void);
  cloudabi_errno_t expected;
};

static _Atomic(cloudabi_lock_t) not_mine = 12345 | CLOUDABI_LOCK_WRLOCKED;
static _Atomic(cloudabi_condvar_t) cv;

static cloudabi_errno_t p_clock_res_get(void) {
  cloudabi_timestamp_t t;
  return cloudabi_sys_clock_res_get(99, &t);
}
static cloudabi_errno_t p_clock_time_get(void) {
  cloudabi_timestamp_t t;
  return cloudabi_sys_clock_time_get(99, 0, &t);
}
static cloudabi_errno_t p_condvar_signal(void) {
  return cloudabi_sys_condvar_signal(&cv, 77, 1);
}
static cloudabi_errno_t p_fd_close(void) { return cloudabi_sys_fd_close(BAD_FD); }
static cloudabi_errno_t p_fd_create1(void) {
  cloudabi_fd_t fd;
  return cloudabi_sys_fd_create1(CLOUDABI_FILETYPE_DIRECTORY, &fd);
}
static cloudabi_errno_t p_fd_create2(void) {
  cloudabi_fd_t a, b;
  return cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_REGULAR_FILE, &a, &b);
}
static cloudabi_errno_t p_fd_datasync(void) { return cloudabi_sys_fd_datasync(BAD_FD); }
static cloudabi_errno_t p_fd_dup(void) {
  cloudabi_fd_t fd;
  return cloudabi_sys_fd_dup(BAD_FD, &fd);
}
static cloudabi_errno_t p_fd_pread(void) {
  char c;
  cloudabi_iovec_t iov = {.buf = &c, .buf_len = 1};
  size_t n;
  return cloudabi_sys_fd_pread(BAD_FD, &iov, 1, 0, &n);
}
static cloudabi_errno_t p_fd_pwrite(void) {
  cloudabi_ciovec_t iov = {.buf = "x", .buf_len = 1};
  size_t n;
  return cloudabi_sys_fd_pwrite(BAD_FD, &iov, 1, 0, &n);
}
static cloudabi_errno_t p_fd_read(void) {
  char c;
  cloudabi_iovec_t iov = {.buf = &c, .buf_len = 1};
  size_t n;
  return cloudabi_sys_fd_read(BAD_FD, &iov, 1, &n);
}
static cloudabi_errno_t p_fd_replace(void) { return cloudabi_sys_fd_replace(BAD_FD, BAD_FD); }
static cloudabi_errno_t p_fd_seek(void) {
  cloudabi_filesize_t off;
  return cloudabi_sys_fd_seek(BAD_FD, 0, CLOUDABI_WHENCE_SET, &off);
}
static cloudabi_errno_t p_fd_stat_get(void) {
  cloudabi_fdstat_t st;
  return cloudabi_sys_fd_stat_get(BAD_FD, &st);
}
static cloudabi_errno_t p_fd_stat_put(void) {
  cloudabi_fdstat_t st = {0};
  return cloudabi_sys_fd_stat_put(BAD_FD, &st, CLOUDABI_FDSTAT_FLAGS);
}
static cloudabi_errno_t p_fd_sync(void) { return cloudabi_sys_fd_sync(BAD_FD); }
static cloudabi_errno_t p_fd_write(void) {
  cloudabi_ciovec_t iov = {.buf = "x", .buf_len = 1};
  size_t n;
  return cloudabi_sys_fd_write(BAD_FD, &iov, 1, &n);
}
static cloudabi_errno_t p_file_advise(void) {
  return cloudabi_sys_file_advise(BAD_FD, 0, 0, CLOUDABI_ADVICE_NORMAL);
}
static cloudabi_errno_t p_file_allocate(void) { return cloudabi_sys_file_allocate(BAD_FD, 0, 1); }
static cloudabi_errno_t p_file_create(void) {
  return cloudabi_sys_file_create((cloudabi_fd_t)test_tmpdir(), "/abs", 4,
                                  CLOUDABI_FILETYPE_DIRECTORY);
}
static cloudabi_errno_t p_file_link(void) {
  cloudabi_lookup_t from = {.fd = (cloudabi_fd_t)test_tmpdir(), .flags = 0};
  return cloudabi_sys_file_link(from, "missing", 7, (cloudabi_fd_t)test_tmpdir(), "new", 3);
}
static cloudabi_errno_t p_file_open(void) {
  cloudabi_lookup_t at = {.fd = (cloudabi_fd_t)test_tmpdir(), .flags = 0};
  cloudabi_fdstat_t fds = {.fs_rights_base = CLOUDABI_RIGHT_FD_READ};
  cloudabi_fd_t fd;
  return cloudabi_sys_file_open(at, "../escape", 9, 0, &fds, &fd);
}
static cloudabi_errno_t p_file_readdir(void) {
  char buf[64];
  size_t n;
  return cloudabi_sys_file_readdir(BAD_FD, buf, sizeof(buf), 0, &n);
}
static cloudabi_errno_t p_file_readlink(void) {
  char buf[16];
  size_t n;
  return cloudabi_sys_file_readlink((cloudabi_fd_t)test_tmpdir(), "missing", 7, buf,
                                    sizeof(buf), &n);
}
static cloudabi_errno_t p_file_rename(void) {
  return cloudabi_sys_file_rename((cloudabi_fd_t)test_tmpdir(), "missing", 7,
                                  (cloudabi_fd_t)test_tmpdir(), "other", 5);
}
static cloudabi_errno_t p_file_stat_fget(void) {
  cloudabi_filestat_t st;
  return cloudabi_sys_file_stat_fget(BAD_FD, &st);
}
static cloudabi_errno_t p_file_stat_fput(void) {
  cloudabi_filestat_t st = {0};
  return cloudabi_sys_file_stat_fput(BAD_FD, &st, CLOUDABI_FILESTAT_SIZE);
}
static cloudabi_errno_t p_file_stat_get(void) {
  cloudabi_lookup_t at = {.fd = (cloudabi_fd_t)test_tmpdir(), .flags = 0};
  cloudabi_filestat_t st;
  return cloudabi_sys_file_stat_get(at, "missing", 7, &st);
}
static cloudabi_errno_t p_file_stat_put(void) {
  cloudabi_lookup_t at = {.fd = (cloudabi_fd_t)test_tmpdir(), .flags = 0};
  cloudabi_filestat_t st = {0};
  return cloudabi_sys_file_stat_put(at, "/abs", 4, &st, CLOUDABI_FILESTAT_ATIM_NOW);
}
static cloudabi_errno_t p_file_symlink(void) {
  return cloudabi_sys_file_symlink("x", 1, BAD_FD, "link", 4);
}
static cloudabi_errno_t p_file_unlink(void) {
  return cloudabi_sys_file_unlink((cloudabi_fd_t)test_tmpdir(), "missing", 7, 0);
}
static cloudabi_errno_t p_lock_unlock(void) {
  return cloudabi_sys_lock_unlock(&not_mine, CLOUDABI_SCOPE_PRIVATE);
}
static cloudabi_errno_t p_mem_advise(void) {
  return cloudabi_sys_mem_advise((void *)4096, 4096, 200);
}
static cloudabi_errno_t p_mem_map(void) {
  void *p;
  return cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ, CLOUDABI_MAP_ANON,
                              CLOUDABI_MAP_ANON_FD, 0, &p);  // neither PRIVATE nor SHARED
}
static cloudabi_errno_t p_mem_protect(void) {
  return cloudabi_sys_mem_protect((void *)4096, 4096,
                                  CLOUDABI_PROT_WRITE | CLOUDABI_PROT_EXEC);
}
static cloudabi_errno_t p_mem_sync(void) { return cloudabi_sys_mem_sync((void *)4096, 4096, 0); }
static cloudabi_errno_t p_mem_unmap(void) { return cloudabi_sys_mem_unmap((void *)4097, 4096); }
static cloudabi_errno_t p_poll(void) {
  cloudabi_event_t ev;
  size_t n;
  return cloudabi_sys_poll(NULL, &ev, 0, &n);
}
static cloudabi_errno_t p_proc_exec(void) {
  return cloudabi_sys_proc_exec(BAD_FD, NULL, 0, NULL, 0);
}
static cloudabi_errno_t p_proc_raise(void) { return cloudabi_sys_proc_raise(200); }
static cloudabi_errno_t p_random_get(void) { return cloudabi_sys_random_get((void *)8, 8); }
static cloudabi_errno_t p_sock_recv(void) {
  cloudabi_recv_in_t in = {0};
  cloudabi_recv_out_t out;
  return cloudabi_sys_sock_recv(BAD_FD, &in, &out);
}
static cloudabi_errno_t p_sock_send(void) {
  cloudabi_send_in_t in = {0};
  cloudabi_send_out_t out;
  return cloudabi_sys_sock_send(BAD_FD, &in, &out);
}
static cloudabi_errno_t p_sock_shutdown(void) {
  return cloudabi_sys_sock_shutdown(BAD_FD, CLOUDABI_SHUT_RD);
}
static cloudabi_errno_t p_thread_create(void) {
  cloudabi_threadattr_t attr = {0};  // no entry point
  cloudabi_tid_t tid;
  return cloudabi_sys_thread_create(&attr, &tid);
}
static cloudabi_errno_t p_thread_yield(void) { return cloudabi_sys_thread_yield(); }

// proc_fork succeeds; proc_exit in the child is seen through poll.
static cloudabi_errno_t p_proc_fork_and_exit(void) {
  cloudabi_fd_t fd;
  cloudabi_tid_t tid;
  cloudabi_errno_t e = cloudabi_sys_proc_fork(&fd, &tid);
  if (e != 0)
    return e;
  if (fd == CLOUDABI_PROCESS_CHILD)
    cloudabi_sys_proc_exit(33);
  cloudabi_event_t ev;
  e = pt_wait_process(fd, 10 * PT_SECOND, &ev);
  cloudabi_sys_fd_close(fd);
  if (e != 0)
    return e;
  return ev.proc_terminate.exitcode == 33 ? 0 : CLOUDABI_EPROTO;
}

// thread_exit ends the thread and releases its join lock.
static void just_exit(cloudabi_tid_t tid, void *arg) {}
static cloudabi_errno_t p_thread_exit(void) {
  struct pt_thread t;
  cloudabi_errno_t e = pt_spawn(&t, just_exit, NULL);
  if (e == 0)
    e = pt_join(&t);
  return e;
}

#define P(name, expected) {#name, p_##name, expected}
static const struct probe probes[] = {
    P(clock_res_get, CLOUDABI_EINVAL),
    P(clock_time_get, CLOUDABI_EINVAL),
    P(condvar_signal, CLOUDABI_EINVAL),
    P(fd_close, CLOUDABI_EBADF),
    P(fd_create1, CLOUDABI_EINVAL),
    P(fd_create2, CLOUDABI_EINVAL),
    P(fd_datasync, CLOUDABI_EBADF),
    P(fd_dup, CLOUDABI_EBADF),
    P(fd_pread, CLOUDABI_EBADF),
    P(fd_pwrite, CLOUDABI_EBADF),
    P(fd_read, CLOUDABI_EBADF),
    P(fd_replace, CLOUDABI_EBADF),
    P(fd_seek, CLOUDABI_EBADF),
    P(fd_stat_get, CLOUDABI_EBADF),
    P(fd_stat_put, CLOUDABI_EBADF),
    P(fd_sync, CLOUDABI_EBADF),
    P(fd_write, CLOUDABI_EBADF),
    P(file_advise, CLOUDABI_EBADF),
    P(file_allocate, CLOUDABI_EBADF),
    P(file_create, CLOUDABI_ENOTCAPABLE),
    P(file_link, CLOUDABI_ENOENT),
    P(file_open, CLOUDABI_ENOTCAPABLE),
    P(file_readdir, CLOUDABI_EBADF),
    P(file_readlink, CLOUDABI_ENOENT),
    P(file_rename, CLOUDABI_ENOENT),
    P(file_stat_fget, CLOUDABI_EBADF),
    P(file_stat_fput, CLOUDABI_EBADF),
    P(file_stat_get, CLOUDABI_ENOENT),
    P(file_stat_put, CLOUDABI_ENOTCAPABLE),
    P(file_symlink, CLOUDABI_EBADF),
    P(file_unlink, CLOUDABI_ENOENT),
    P(lock_unlock, CLOUDABI_EPERM),
    P(mem_advise, CLOUDABI_EINVAL),
    P(mem_map, CLOUDABI_EINVAL),
    P(mem_protect, CLOUDABI_ENOTSUP),
    P(mem_sync, CLOUDABI_EINVAL),
    P(mem_unmap, CLOUDABI_EINVAL),
    P(poll, CLOUDABI_EINVAL),
    P(proc_exec, CLOUDABI_EBADF),
    {"proc_exit", p_proc_fork_and_exit, 0},
    {"proc_fork", p_proc_fork_and_exit, 0},
    P(proc_raise, CLOUDABI_EINVAL),
    P(random_get, CLOUDABI_EFAULT),
    P(sock_recv, CLOUDABI_EBADF),
    P(sock_send, CLOUDABI_EBADF),
    P(sock_shutdown, CLOUDABI_EBADF),
    P(thread_create, CLOUDABI_EINVAL),
    P(thread_exit, 0),
    P(thread_yield, 0),
};
#undef P

TEST(every_system_call_is_probed) {
#define NAME_STRING(name) #name,
  static const char *const all[] = {CLOUDABI_SYSCALL_NAMES(NAME_STRING)};
#undef NAME_STRING
  size_t nprobes = sizeof(probes) / sizeof(probes[0]);
  ASSERT_EQ(sizeof(all) / sizeof(all[0]), 49);
  ASSERT_EQ(nprobes, 49);
  for (size_t i = 0; i < 49; i++)
    ASSERT_STREQ(probes[i].name, all[i]);  // same alphabetical order
}

TEST(no_system_call_answers_enosys) {
  for (size_t i = 0; i < sizeof(probes) / sizeof(probes[0]); i++) {
    cloudabi_errno_t e = probes[i].call();
    if (e != probes[i].expected) {
      test_log(probes[i].name);
      ASSERT_EQ(e, probes[i].expected);
    }
    ASSERT_NE(e, CLOUDABI_ENOSYS);
  }
}

// The one place ENOSYS used to come from: PROC_TERMINATE in poll.
TEST(poll_waits_for_processes) {
  cloudabi_fd_t fd;
  cloudabi_tid_t tid;
  ASSERT_EQ(cloudabi_sys_proc_fork(&fd, &tid), 0);
  if (fd == CLOUDABI_PROCESS_CHILD)
    cloudabi_sys_proc_exit(0);
  cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
                               .proc_terminate = {.fd = fd}};
  cloudabi_event_t ev;
  size_t n;
  ASSERT_EQ(cloudabi_sys_poll(&s, &ev, 1, &n), 0);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(ev.error, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(fd), 0);
}
