// proc_exec.  The configuration (CMakeLists.txt) grants exec_target's
// executable after stdout, stderr and tmpdir, so it is fd 3.  Successful
// execs happen in forked children, which report back over a socket.
#include <argdata.h>
#include <harness.h>
#include <stdlib.h>

#include "proc_test.h"
#include "sys_test.h"

#define TARGET ((cloudabi_fd_t)3)

static cloudabi_fd_t dir(void) { return (cloudabi_fd_t)test_tmpdir(); }

// Serialized argdata for exec_target, and the descriptors it names in the
// order proc_exec must receive them.
struct image_args {
  unsigned char buf[512];
  size_t len;
  int fds[8];
  size_t nfds;
};

static bool make_args(struct image_args *a, int sock, const char *text, unsigned code,
                      size_t nfds, bool with_rights, cloudabi_rights_t rights, int proc,
                      int extra) {
  argdata_t *keys[7], *values[7];
  size_t n = 0;
#define ADD(name, value) (keys[n] = argdata_create_str_c(name), values[n++] = (value))
  ADD("sock", argdata_create_fd(sock));
  ADD("text", argdata_create_str_c(text));
  ADD("code", argdata_create_int_u(code));
  ADD("nfds", argdata_create_int_u(nfds));
  if (with_rights)
    ADD("rights", argdata_create_int_u(rights));
  if (proc >= 0)
    ADD("proc", argdata_create_fd(proc));
  if (extra >= 0)
    ADD("extra", argdata_create_fd(extra));
#undef ADD
  argdata_t *map = argdata_create_map((const argdata_t *const *)keys,
                                      (const argdata_t *const *)values, n);
  size_t len, count;
  argdata_serialized_length(map, &len, &count);
  bool ok = len <= sizeof(a->buf) && count <= 8;
  if (ok) {
    a->nfds = argdata_serialize(map, a->buf, a->fds);
    a->len = len;
  }
  argdata_free(map);
  for (size_t i = 0; i < n; i++) {
    argdata_free(keys[i]);
    argdata_free(values[i]);
  }
  return ok;
}

static cloudabi_errno_t exec_args(const struct image_args *a) {
  cloudabi_fd_t fds[8];
  for (size_t i = 0; i < a->nfds; i++)
    fds[i] = (cloudabi_fd_t)a->fds[i];
  return cloudabi_sys_proc_exec(TARGET, a->buf, a->len, fds, a->nfds);
}

static int exec_child(cloudabi_tid_t tid, void *arg) {
  return 100 + exec_args(arg);  // only reached on failure
}

// Whether fd becomes readable (data or end of file) within 20 seconds.
static bool wait_readable(cloudabi_fd_t fd) {
  cloudabi_subscription_t subs[2] = {
      {.userdata = 1, .type = CLOUDABI_EVENTTYPE_FD_READ, .fd_readwrite = {.fd = fd}},
      {.userdata = 2,
       .type = CLOUDABI_EVENTTYPE_CLOCK,
       .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = 20 * PT_SECOND}},
  };
  cloudabi_event_t ev[2];
  size_t nev;
  return cloudabi_sys_poll(subs, ev, 2, &nev) == 0 && ev[0].userdata == 1;
}

// Reads one report from the socket (with a timeout).
static size_t read_report(cloudabi_fd_t sock, char *buf, size_t cap) {
  size_t n = 0;
  if (!wait_readable(sock))
    return 0;
  if (sys_test_read(sock, buf, cap - 1, &n) != 0)
    return 0;
  buf[n] = '\0';
  return n;
}

TEST(target_is_granted_with_proc_exec) {
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(TARGET, &st), 0);
  ASSERT_EQ(st.fs_filetype, CLOUDABI_FILETYPE_REGULAR_FILE);
  ASSERT_TRUE((st.fs_rights_base & CLOUDABI_RIGHT_PROC_EXEC) != 0);
}

TEST(exec_renumbers_descriptors_and_passes_argdata) {
  cloudabi_fd_t a, b, f;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  ASSERT_EQ(sys_test_open(dir(), "extra", CLOUDABI_O_CREAT, CLOUDABI_RIGHT_FD_READ, 0, &f), 0);
  // Narrowed rights must survive the exec unchanged.
  cloudabi_fdstat_t narrow = {
      .fs_rights_base = CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FD_READ |
                        CLOUDABI_RIGHT_POLL_FD_READWRITE,
      .fs_rights_inheriting = 0};
  ASSERT_EQ(cloudabi_sys_fd_stat_put(b, &narrow, CLOUDABI_FDSTAT_RIGHTS), 0);
  ASSERT_TRUE(b > 1 && f > 1);  // so that renumbering shows
  static struct image_args args;
  ASSERT_TRUE(make_args(&args, (int)b, "hello", 5, 2, true, narrow.fs_rights_base, -1, (int)f));
  ASSERT_EQ(args.nfds, 2);
  ASSERT_EQ(args.fds[0], (int)b);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exec_child, &args, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  char report[64];
  ASSERT_TRUE(read_report(a, report, sizeof(report)) > 0);
  ASSERT_STREQ(report, "ok hello");
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 20 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 5);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
}

static void sleep_in_runtime(cloudabi_tid_t tid, void *arg) {
  for (;;) {
    cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_CLOCK,
                                 .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC,
                                           .timeout = 1000000}};
    cloudabi_event_t ev;
    size_t n;
    cloudabi_sys_poll(&s, &ev, 1, &n);
  }
}

static int exec_with_threads(cloudabi_tid_t tid, void *arg) {
  static struct pt_thread t[3];
  for (size_t i = 0; i < 3; i++)
    if (pt_spawn(&t[i], sleep_in_runtime, NULL) != 0)
      return 90;
  return 100 + exec_args(arg);
}

TEST(exec_from_a_threaded_process) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  static struct image_args args;
  ASSERT_TRUE(make_args(&args, (int)b, "threads", 0, 1, false, 0, -1, -1));
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exec_with_threads, &args, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  char report[64];
  ASSERT_TRUE(read_report(a, report, sizeof(report)) > 0);
  ASSERT_STREQ(report, "ok threads");
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 20 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
}

static int exit_seven(cloudabi_tid_t tid, void *arg) { return 7; }

static int block_on(cloudabi_tid_t tid, void *arg) {
  pt_block_on((cloudabi_fd_t)(uintptr_t)arg);
  return 0;
}

// The exec'ing process has two children: the descriptor of the first is
// passed on (the new image waits for it), that of the second is not, so
// the second dies with the old image's descriptor table.
struct family {
  struct image_args args;
  cloudabi_fd_t report, hold;
};

static int exec_with_children(cloudabi_tid_t tid, void *arg) {
  struct family *fam = arg;
  cloudabi_fd_t kept, dropped;
  if (pt_fork_run(exit_seven, NULL, &kept) != 0)
    return 90;
  if (pt_fork_run(block_on, (void *)(uintptr_t)fam->hold, &dropped) != 0)
    return 91;
  if (cloudabi_sys_fd_close(fam->hold) != 0)
    return 92;
  if (!make_args(&fam->args, (int)fam->report, "family", 0, 2, false, 0, (int)kept, -1))
    return 93;
  return 100 + exec_args(&fam->args);
}

TEST(exec_passes_process_descriptors_and_drops_the_rest) {
  static struct family fam;
  cloudabi_fd_t a, b, h1, h2;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &h1, &h2), 0);
  fam.report = b;
  fam.hold = h2;
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exec_with_children, &fam, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(h2), 0);
  char report[64];
  ASSERT_TRUE(read_report(a, report, sizeof(report)) > 0);
  ASSERT_STREQ(report, "ok family 7");
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 20 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  // The dropped grandchild held the other end of h1: it is gone.
  char c;
  size_t n = 1;
  ASSERT_TRUE(wait_readable(h1));
  ASSERT_EQ(sys_test_read(h1, &c, 1, &n), 0);
  ASSERT_EQ(n, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(h1), 0);
}

// Writes `len` bytes of `data` to a new file with the rights exec needs.
static cloudabi_errno_t make_file(const char *name, const void *data, size_t len,
                                  cloudabi_fd_t *f) {
  cloudabi_errno_t e = sys_test_open(dir(), name, CLOUDABI_O_CREAT | CLOUDABI_O_TRUNC,
                                     RW_FILE_RIGHTS | CLOUDABI_RIGHT_PROC_EXEC, 0, f);
  if (e != 0 || len == 0)
    return e;
  cloudabi_ciovec_t iov = {.buf = data, .buf_len = len};
  size_t n;
  return cloudabi_sys_fd_pwrite(*f, &iov, 1, 0, &n);
}

TEST(exec_failures_leave_the_caller_intact) {
  static const unsigned char no_data[1];
  cloudabi_fd_t f;
  // Not an executable at all.
  ASSERT_EQ(make_file("script", "#!/bin/sh\necho hi\n", 19, &f), 0);
  ASSERT_EQ(cloudabi_sys_proc_exec(f, no_data, 0, NULL, 0), CLOUDABI_ENOEXEC);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
  ASSERT_EQ(make_file("empty", NULL, 0, &f), 0);
  ASSERT_EQ(cloudabi_sys_proc_exec(f, no_data, 0, NULL, 0), CLOUDABI_ENOEXEC);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
  // The first 200 bytes of a real one: headers that point past the end.
  static unsigned char head[200];
  cloudabi_iovec_t iov = {.buf = head, .buf_len = sizeof(head)};
  size_t n;
  ASSERT_EQ(cloudabi_sys_fd_pread(TARGET, &iov, 1, 0, &n), 0);
  ASSERT_EQ(n, sizeof(head));
  ASSERT_EQ(make_file("truncated", head, sizeof(head), &f), 0);
  ASSERT_EQ(cloudabi_sys_proc_exec(f, no_data, 0, NULL, 0), CLOUDABI_ENOEXEC);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);

  // Rights: PROC_EXEC is needed on the executable.
  ASSERT_EQ(cloudabi_sys_proc_exec(dir(), no_data, 0, NULL, 0), CLOUDABI_ENOTCAPABLE);
  cloudabi_fd_t weak;
  ASSERT_EQ(cloudabi_sys_fd_dup(TARGET, &weak), 0);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(weak, &st), 0);
  st.fs_rights_base &= ~CLOUDABI_RIGHT_PROC_EXEC;
  ASSERT_EQ(cloudabi_sys_fd_stat_put(weak, &st, CLOUDABI_FDSTAT_RIGHTS), 0);
  ASSERT_EQ(cloudabi_sys_proc_exec(weak, no_data, 0, NULL, 0), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_fd_close(weak), 0);

  // Bad descriptors and bad memory.
  ASSERT_EQ(cloudabi_sys_proc_exec(999, no_data, 0, NULL, 0), CLOUDABI_EBADF);
  cloudabi_fd_t missing[2] = {0, 999};
  ASSERT_EQ(cloudabi_sys_proc_exec(TARGET, no_data, 0, missing, 2), CLOUDABI_EBADF);
  ASSERT_EQ(cloudabi_sys_proc_exec(TARGET, (const void *)8, 16, NULL, 0), CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_proc_exec(TARGET, no_data, 0, (const cloudabi_fd_t *)8, 2),
            CLOUDABI_EFAULT);

  // Still this program: its descriptors and memory work.
  ASSERT_EQ(cloudabi_sys_fd_stat_get(TARGET, &st), 0);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exit_seven, NULL, &proc), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 20 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 7);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

// The new image executes itself again, three times over: the runtime it
// runs in was itself started by an exec.
static int exec_hops(cloudabi_tid_t tid, void *arg) {
  cloudabi_fd_t sock = (cloudabi_fd_t)(uintptr_t)arg;
  const char *names[] = {"sock", "self", "text", "code", "nfds", "hops"};
  argdata_t *keys[6], *values[6] = {
      argdata_create_fd((int)sock), argdata_create_fd((int)TARGET),
      argdata_create_str_c("hops"), argdata_create_int_u(9),
      argdata_create_int_u(2),      argdata_create_int_u(3)};
  for (size_t i = 0; i < 6; i++)
    keys[i] = argdata_create_str_c(names[i]);
  argdata_t *map = argdata_create_map((const argdata_t *const *)keys,
                                      (const argdata_t *const *)values, 6);
  static struct image_args a;
  size_t count;
  argdata_serialized_length(map, &a.len, &count);
  if (a.len > sizeof(a.buf))
    return 90;
  a.nfds = argdata_serialize(map, a.buf, a.fds);
  return 100 + exec_args(&a);
}

TEST(exec_again_from_an_exec_image) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exec_hops, (void *)(uintptr_t)b, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  char report[64];
  ASSERT_TRUE(read_report(a, report, sizeof(report)) > 0);
  ASSERT_STREQ(report, "ok hops+++");
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 20 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 9);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
}

// An executable opened with PROC_EXEC as its only right: it cannot be
// read through the descriptor, but it can be executed.
TEST(exec_needs_no_right_but_proc_exec) {
  cloudabi_fd_t copy;
  ASSERT_EQ(sys_test_open(dir(), "copy_of_target", CLOUDABI_O_CREAT | CLOUDABI_O_TRUNC,
                          RW_FILE_RIGHTS, 0, &copy),
            0);
  static unsigned char chunk[65536];
  for (cloudabi_filesize_t off = 0;;) {
    cloudabi_iovec_t in = {.buf = chunk, .buf_len = sizeof(chunk)};
    size_t n;
    ASSERT_EQ(cloudabi_sys_fd_pread(TARGET, &in, 1, off, &n), 0);
    if (n == 0)
      break;
    cloudabi_ciovec_t out = {.buf = chunk, .buf_len = n};
    size_t w;
    ASSERT_EQ(cloudabi_sys_fd_pwrite(copy, &out, 1, off, &w), 0);
    ASSERT_EQ(w, n);
    off += n;
  }
  ASSERT_EQ(cloudabi_sys_fd_close(copy), 0);
  cloudabi_fd_t exe;
  ASSERT_EQ(sys_test_open(dir(), "copy_of_target", 0, CLOUDABI_RIGHT_PROC_EXEC, 0, &exe), 0);
  char c;
  size_t n;
  ASSERT_EQ(sys_test_read(exe, &c, 1, &n), CLOUDABI_ENOTCAPABLE);

  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  static struct image_args args;
  ASSERT_TRUE(make_args(&args, (int)b, "copy", 4, 1, false, 0, -1, -1));
  cloudabi_fd_t proc;
  cloudabi_tid_t tid;
  ASSERT_EQ(cloudabi_sys_proc_fork(&proc, &tid), 0);
  if (proc == CLOUDABI_PROCESS_CHILD) {
    cloudabi_fd_t fds[1] = {(cloudabi_fd_t)args.fds[0]};
    cloudabi_sys_proc_exit(100 + cloudabi_sys_proc_exec(exe, args.buf, args.len, fds, 1));
  }
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  char report[64];
  ASSERT_TRUE(read_report(a, report, sizeof(report)) > 0);
  ASSERT_STREQ(report, "ok copy");
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 20 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 4);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(exe), 0);
}
