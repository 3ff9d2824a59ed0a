// proc_fork, process descriptors and PROC_TERMINATE events.
#include <harness.h>
#include <program.h>

#include "proc_test.h"
#include "sys_test.h"

static cloudabi_fd_t dir(void) { return (cloudabi_fd_t)test_tmpdir(); }

static int exit_with(cloudabi_tid_t tid, void *arg) { return (int)(uintptr_t)arg; }

TEST(child_exit_code_reaches_the_parent) {
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exit_with, (void *)42, &proc), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.type, CLOUDABI_EVENTTYPE_PROC_TERMINATE);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 42);
  // The status stays available after the child was reaped.
  ASSERT_EQ(pt_wait_process(proc, PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 42);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

static int raise_signal(cloudabi_tid_t tid, void *arg) {
  cloudabi_sys_proc_raise((cloudabi_signal_t)(uintptr_t)arg);
  return 99;  // not reached for a fatal signal
}

TEST(death_by_signal_is_reported_as_the_signal) {
  static const cloudabi_signal_t fatal[] = {CLOUDABI_SIGUSR1, CLOUDABI_SIGKILL,
                                            CLOUDABI_SIGTERM};
  for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
    cloudabi_fd_t proc;
    ASSERT_EQ(pt_fork_run(raise_signal, (void *)(uintptr_t)fatal[i], &proc), 0);
    cloudabi_event_t ev;
    ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
    ASSERT_EQ(ev.proc_terminate.signal, fatal[i]);
    ASSERT_EQ(ev.proc_terminate.exitcode, 0);
    ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  }
  // An ignored signal leaves the child running to its exit.
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(raise_signal, (void *)(uintptr_t)CLOUDABI_SIGPIPE, &proc), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 99);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

TEST(child_sees_process_child_and_its_own_tid) {
  cloudabi_tid_t parent_tid = pt_self_tid();
  ASSERT_TRUE(parent_tid >= 2);
  cloudabi_fd_t fd = 12345;
  cloudabi_tid_t tid = 0;
  ASSERT_EQ(cloudabi_sys_proc_fork(&fd, &tid), 0);
  if (fd == CLOUDABI_PROCESS_CHILD) {
    // Exit codes tell the parent which check failed.
    int code = 0;
    if (tid < 2 || tid >= (1u << 30))
      code = 10;
    else if (tid == parent_tid)
      code = 11;
    else if (pt_self_tid() != tid)
      code = 12;
    cloudabi_sys_proc_exit((cloudabi_exitcode_t)code);
  }
  ASSERT_NE(fd, CLOUDABI_PROCESS_CHILD);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(fd, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(fd), 0);
}

TEST(process_descriptor_type_and_rights) {
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exit_with, (void *)3, &proc), 0);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(proc, &st), 0);
  ASSERT_EQ(st.fs_filetype, CLOUDABI_FILETYPE_PROCESS);
  ASSERT_EQ(st.fs_rights_base, CLOUDABI_RIGHT_POLL_PROC_TERMINATE);
  ASSERT_EQ(st.fs_rights_inheriting, 0);
  char c;
  size_t n;
  ASSERT_EQ(sys_test_read(proc, &c, 1, &n), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(sys_test_write(proc, "x", &n), CLOUDABI_ENOTCAPABLE);
  // A number without POLL_PROC_TERMINATE cannot wait for the child.
  cloudabi_fd_t weak;
  ASSERT_EQ(cloudabi_sys_fd_dup(proc, &weak), 0);
  cloudabi_fdstat_t none = {.fs_rights_base = 0, .fs_rights_inheriting = 0};
  ASSERT_EQ(cloudabi_sys_fd_stat_put(weak, &none, CLOUDABI_FDSTAT_RIGHTS), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(weak, PT_SECOND, &ev), CLOUDABI_ENOTCAPABLE);
  // Nor can a descriptor of another type.
  ASSERT_EQ(pt_wait_process(dir(), PT_SECOND, &ev), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(pt_wait_process(999, PT_SECOND, &ev), CLOUDABI_EBADF);
  // Closing one of two numbers leaves the child alone.
  ASSERT_EQ(cloudabi_sys_fd_close(weak), 0);
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 3);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

static int block_forever(cloudabi_tid_t tid, void *arg) {
  pt_block_on((cloudabi_fd_t)(uintptr_t)arg);  // nobody ever writes
  return 7;
}

TEST(closing_the_process_descriptor_kills_the_child) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(block_forever, (void *)(uintptr_t)b, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  // Still running: no event within a short time.
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 50000000, &ev), CLOUDABI_ETIMEDOUT);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  // The child's end of the socket closes with the child.
  cloudabi_subscription_t subs[2] = {
      {.userdata = 1, .type = CLOUDABI_EVENTTYPE_FD_READ, .fd_readwrite = {.fd = a}},
      {.userdata = 2,
       .type = CLOUDABI_EVENTTYPE_CLOCK,
       .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = 10 * PT_SECOND}},
  };
  cloudabi_event_t evs[2];
  size_t nev;
  ASSERT_EQ(cloudabi_sys_poll(subs, evs, 2, &nev), 0);
  ASSERT_EQ(evs[0].userdata, 1);
  char c;
  size_t n = 1;
  ASSERT_EQ(sys_test_read(a, &c, 1, &n), 0);
  ASSERT_EQ(n, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
}

static int plain_exit(cloudabi_tid_t tid, void *arg) { return 0; }

TEST(bad_output_pointers_are_efault) {
  cloudabi_tid_t tid;
  cloudabi_fd_t fd;
  ASSERT_EQ(cloudabi_sys_proc_fork((cloudabi_fd_t *)8, &tid), CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_proc_fork(&fd, (cloudabi_tid_t *)8), CLOUDABI_EFAULT);
  // Still one process here, and forking still works.
  ASSERT_EQ(pt_fork_run(plain_exit, NULL, &fd), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(fd, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(fd), 0);
}

static int private_value = 1;

struct memory_check {
  volatile int *shared;
};

static int touch_memory(cloudabi_tid_t tid, void *arg) {
  struct memory_check *m = arg;
  if (private_value != 1)
    return 10;
  private_value = 2;  // the parent keeps its 1
  *m->shared = 77;    // the parent sees this
  return 0;
}

TEST(private_memory_is_copied_shared_memory_is_shared) {
  struct memory_check m = {.shared = pt_shared_memory(4096)};
  ASSERT_TRUE(m.shared != NULL);
  *m.shared = 5;
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(touch_memory, &m, &proc), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  ASSERT_EQ(private_value, 1);
  ASSERT_EQ(*m.shared, 77);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

// The child opens a file beneath the directory and sends the descriptor
// to the parent; the parent sends one back the other way.
static int exchange_descriptors(cloudabi_tid_t tid, void *arg) {
  cloudabi_fd_t sock = (cloudabi_fd_t)(uintptr_t)arg;
  cloudabi_fd_t f;
  size_t n;
  if (sys_test_open(dir(), "from_child", CLOUDABI_O_CREAT, RW_FILE_RIGHTS, 0, &f) != 0)
    return 10;
  if (sys_test_write(f, "child data", &n) != 0)
    return 11;
  cloudabi_ciovec_t data = {.buf = "F", .buf_len = 1};
  cloudabi_send_in_t si = {.si_data = &data, .si_data_len = 1, .si_fds = &f, .si_fds_len = 1};
  cloudabi_send_out_t so;
  if (cloudabi_sys_sock_send(sock, &si, &so) != 0)
    return 12;
  char buf[16];
  cloudabi_iovec_t in = {.buf = buf, .buf_len = sizeof(buf)};
  cloudabi_fd_t got = 999;
  cloudabi_recv_in_t ri = {.ri_data = &in, .ri_data_len = 1, .ri_fds = &got, .ri_fds_len = 1};
  cloudabi_recv_out_t ro;
  if (cloudabi_sys_sock_recv(sock, &ri, &ro) != 0 || ro.ro_fdslen != 1)
    return 13;
  char c[8];
  if (sys_test_read(got, c, sizeof(c), &n) != 0 || n != 6 || memcmp(c, "parent", 6) != 0)
    return 14;
  return 0;
}

TEST(descriptors_travel_between_parent_and_child) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(exchange_descriptors, (void *)(uintptr_t)b, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  char buf[16];
  cloudabi_iovec_t in = {.buf = buf, .buf_len = sizeof(buf)};
  cloudabi_fd_t got = 999;
  cloudabi_recv_in_t ri = {.ri_data = &in, .ri_data_len = 1, .ri_fds = &got, .ri_fds_len = 1};
  cloudabi_recv_out_t ro;
  ASSERT_EQ(cloudabi_sys_sock_recv(a, &ri, &ro), 0);
  ASSERT_EQ(ro.ro_fdslen, 1);
  char content[16];
  size_t n;
  ASSERT_EQ(cloudabi_sys_fd_seek(got, 0, CLOUDABI_WHENCE_SET, &(cloudabi_filesize_t){0}), 0);
  ASSERT_EQ(sys_test_read(got, content, sizeof(content), &n), 0);
  ASSERT_EQ(n, 10);
  ASSERT_MEMEQ(content, "child data", 10);

  // A pipe-like socket pair the child reads from.
  cloudabi_fd_t r, w;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &r, &w), 0);
  ASSERT_EQ(sys_test_write(w, "parent", &n), 0);
  cloudabi_ciovec_t data = {.buf = "P", .buf_len = 1};
  cloudabi_send_in_t si = {.si_data = &data, .si_data_len = 1, .si_fds = &r, .si_fds_len = 1};
  cloudabi_send_out_t so;
  ASSERT_EQ(cloudabi_sys_sock_send(a, &si, &so), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
}

// A process descriptor inherited by a grandchild does not name one of its
// children: waiting for it is ECHILD, and closing it kills nobody.
static int inspect_sibling(cloudabi_tid_t tid, void *arg) {
  cloudabi_fd_t sibling = (cloudabi_fd_t)(uintptr_t)arg;
  cloudabi_event_t ev;
  if (pt_wait_process(sibling, PT_SECOND, &ev) != CLOUDABI_ECHILD)
    return 10;
  if (cloudabi_sys_fd_close(sibling) != 0)
    return 11;
  return 0;
}

TEST(inherited_process_descriptors_are_not_children) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t first;
  ASSERT_EQ(pt_fork_run(block_forever, (void *)(uintptr_t)b, &first), 0);
  cloudabi_fd_t second;
  ASSERT_EQ(pt_fork_run(inspect_sibling, (void *)(uintptr_t)first, &second), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(second, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  // The first child is still running.
  ASSERT_EQ(pt_wait_process(first, 50000000, &ev), CLOUDABI_ETIMEDOUT);
  ASSERT_EQ(cloudabi_sys_fd_close(first), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(second), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
}

// The process ends when its last thread leaves with thread_exit (not
// proc_exit): its descriptors close then too, and with them the children
// they name.
static int fork_grandchild_then_thread_exit(cloudabi_tid_t tid, void *arg) {
  cloudabi_fd_t grandchild;
  if (pt_fork_run(block_forever, arg, &grandchild) != 0)
    return 10;
  if (cloudabi_sys_fd_close((cloudabi_fd_t)(uintptr_t)arg) != 0)
    return 11;
  static _Atomic(cloudabi_lock_t) unused;
  cloudabi_sys_thread_exit(&unused, CLOUDABI_SCOPE_PRIVATE);
}

TEST(last_thread_exit_kills_the_children_too) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(fork_grandchild_then_thread_exit, (void *)(uintptr_t)b, &proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  // The grandchild held the last other end of the socket.
  cloudabi_subscription_t subs[2] = {
      {.userdata = 1, .type = CLOUDABI_EVENTTYPE_FD_READ, .fd_readwrite = {.fd = a}},
      {.userdata = 2,
       .type = CLOUDABI_EVENTTYPE_CLOCK,
       .clock = {.clock_id = CLOUDABI_CLOCK_MONOTONIC, .timeout = 10 * PT_SECOND}},
  };
  cloudabi_event_t evs[2];
  size_t nev;
  ASSERT_EQ(cloudabi_sys_poll(subs, evs, 2, &nev), 0);
  ASSERT_EQ(evs[0].userdata, 1);
  char c;
  size_t n = 1;
  ASSERT_EQ(sys_test_read(a, &c, 1, &n), 0);
  ASSERT_EQ(n, 0);
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
}

// The child is another process: the identity AT_PID points to is renewed
// (the libc formats it on first use, which this program has not made
// before the fork).
static int send_identity(cloudabi_tid_t tid, void *arg) {
  const char *id = program_getpid();
  size_t n;
  if (strlen(id) != 36)
    return 10;
  cloudabi_ciovec_t iov = {.buf = id, .buf_len = 36};
  return cloudabi_sys_fd_write((cloudabi_fd_t)(uintptr_t)arg, &iov, 1, &n) == 0 && n == 36
             ? 0
             : 11;
}

TEST(child_has_a_process_identity_of_its_own) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t proc;
  ASSERT_EQ(pt_fork_run(send_identity, (void *)(uintptr_t)b, &proc), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(proc, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  char child_id[37] = {0};
  size_t n;
  ASSERT_EQ(sys_test_read(a, child_id, 36, &n), 0);
  ASSERT_EQ(n, 36);
  const char *mine = program_getpid();
  ASSERT_EQ(strlen(mine), 36);
  ASSERT_EQ(child_id[14], '4');  // still a version 4 UUID
  ASSERT_FALSE(test_str_equal(child_id, mine));
  ASSERT_EQ(cloudabi_sys_fd_close(proc), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
}

// A process descriptor sent to another process arrives as a process
// descriptor there, but not as a child: waiting is ECHILD, closing it
// kills nobody.  The sender's own descriptor keeps working.
static int receive_process(cloudabi_tid_t tid, void *arg) {
  cloudabi_fd_t sock = (cloudabi_fd_t)(uintptr_t)arg;
  char byte;
  cloudabi_iovec_t in = {.buf = &byte, .buf_len = 1};
  cloudabi_fd_t got = 999;
  cloudabi_recv_in_t ri = {.ri_data = &in, .ri_data_len = 1, .ri_fds = &got, .ri_fds_len = 1};
  cloudabi_recv_out_t ro;
  if (cloudabi_sys_sock_recv(sock, &ri, &ro) != 0 || ro.ro_fdslen != 1)
    return 10;
  cloudabi_fdstat_t st;
  if (cloudabi_sys_fd_stat_get(got, &st) != 0 || st.fs_filetype != CLOUDABI_FILETYPE_PROCESS ||
      st.fs_rights_base != CLOUDABI_RIGHT_POLL_PROC_TERMINATE)
    return 11;
  cloudabi_event_t ev;
  if (pt_wait_process(got, PT_SECOND, &ev) != CLOUDABI_ECHILD)
    return 12;
  if (cloudabi_sys_fd_close(got) != 0)
    return 13;
  return 0;
}

TEST(process_descriptors_can_be_sent_to_other_processes) {
  cloudabi_fd_t a, b, h1, h2;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &h1, &h2), 0);
  cloudabi_fd_t receiver, sleeper;
  ASSERT_EQ(pt_fork_run(receive_process, (void *)(uintptr_t)b, &receiver), 0);
  ASSERT_EQ(pt_fork_run(block_forever, (void *)(uintptr_t)h2, &sleeper), 0);
  cloudabi_ciovec_t data = {.buf = "P", .buf_len = 1};
  cloudabi_send_in_t si = {.si_data = &data, .si_data_len = 1, .si_fds = &sleeper,
                           .si_fds_len = 1};
  cloudabi_send_out_t so;
  ASSERT_EQ(cloudabi_sys_sock_send(a, &si, &so), 0);
  cloudabi_event_t ev;
  ASSERT_EQ(pt_wait_process(receiver, 10 * PT_SECOND, &ev), 0);
  ASSERT_EQ(ev.proc_terminate.signal, 0);
  ASSERT_EQ(ev.proc_terminate.exitcode, 0);
  // Still alive after the receiver closed its copy; ours kills it.
  ASSERT_EQ(pt_wait_process(sleeper, 50000000, &ev), CLOUDABI_ETIMEDOUT);
  ASSERT_EQ(cloudabi_sys_fd_close(sleeper), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(receiver), 0);
  for (cloudabi_fd_t *f = (cloudabi_fd_t[]){a, b, h1, h2}, i = 0; i < 4; i++)
    ASSERT_EQ(cloudabi_sys_fd_close(f[i]), 0);
}
