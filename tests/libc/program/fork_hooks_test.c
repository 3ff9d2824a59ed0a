// __libc_fork_child: after proc_fork, the child's random generators are
// reseeded (parent and child do not produce the same numbers), its
// allocator and time zone lock are usable even if the parent held them, and
// its only thread runs under its new tid.
#include <cloudabi_syscalls.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "libc_fork.h"

struct report {
  unsigned char random[32];
  long drand;
  int malloc_ok;
  int tz_ok;
};

// Runs fn in a forked child and collects what it writes.
static bool in_child(void (*fn)(struct report *), struct report *out) {
  cloudabi_fd_t r, w;
  if (cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &r, &w) != 0)
    return false;
  cloudabi_fd_t proc;
  cloudabi_tid_t tid;
  __libc_fork_prepare();
  cloudabi_errno_t e = cloudabi_sys_proc_fork(&proc, &tid);
  if (e == 0 && proc == CLOUDABI_PROCESS_CHILD) {
    __libc_fork_child(tid);
    struct report rep;
    memset(&rep, 0, sizeof(rep));
    fn(&rep);
    cloudabi_ciovec_t iov = {.buf = &rep, .buf_len = sizeof(rep)};
    size_t n;
    cloudabi_sys_fd_write(w, &iov, 1, &n);
    cloudabi_sys_proc_exit(0);
  }
  __libc_fork_parent();
  cloudabi_sys_fd_close(w);
  if (e != 0)
    return false;
  size_t got = 0;
  while (got < sizeof(*out)) {
    cloudabi_iovec_t iov = {.buf = (char *)out + got, .buf_len = sizeof(*out) - got};
    size_t n;
    if (cloudabi_sys_fd_read(r, &iov, 1, &n) != 0 || n == 0)
      break;
    got += n;
  }
  cloudabi_sys_fd_close(r);
  cloudabi_sys_fd_close(proc);
  return got == sizeof(*out);
}

static void child_work(struct report *rep) {
  arc4random_buf(rep->random, sizeof(rep->random));
  rep->drand = lrand48();
  void *p = malloc(1000);
  rep->malloc_ok = p != NULL;
  free(p);
  time_t t = 0;
  struct tm tm;
  rep->tz_ok = localtime_r(&t, &tm) != NULL;
}

TEST(generators_diverge) {
  // Both generators have state in the parent before the fork.
  unsigned char before[8];
  arc4random_buf(before, sizeof(before));
  (void)lrand48();
  struct report child;
  ASSERT_TRUE(in_child(child_work, &child));
  struct report parent;
  child_work(&parent);
  ASSERT_TRUE(memcmp(child.random, parent.random, sizeof(child.random)) != 0);
  ASSERT_TRUE(child.malloc_ok);
  ASSERT_TRUE(child.tz_ok);
  // A second child differs from the first, too.
  struct report second;
  ASSERT_TRUE(in_child(child_work, &second));
  ASSERT_TRUE(memcmp(child.random, second.random, sizeof(child.random)) != 0);
  ASSERT_TRUE(child.drand != parent.drand || second.drand != parent.drand);
}
