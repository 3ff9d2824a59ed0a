// proc_fork.
//
// Host fork() duplicates the address space with only the calling thread.
// glibc's fork handlers take care of its own locks (malloc arenas, stdio
// list); the runtime's locks that another thread might hold at that moment
// (descriptor table, lock/condvar wait queues) are taken around the fork so
// the child sees them consistent, and reset in the child.  The parent then
// obtains a pidfd for the child: the child cannot have been reaped yet
// (only its process descriptor reaps it, and SIGCHLD is not ignored), so
// the pid still names it.
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "errno_map.h"
#include "fd_table.h"
#include "guest_mem.h"
#include "guest_thread.h"
#include "process_lock.h"
#include "rights.h"
#include "start.h"
#include "sync_wait.h"
#include "syscalls.h"

static pthread_mutex_t process_mutex = PTHREAD_MUTEX_INITIALIZER;

void process_lock(void) { pthread_mutex_lock(&process_mutex); }
void process_unlock(void) { pthread_mutex_unlock(&process_mutex); }

static void fork_child(cloudabi_fd_t *fd, cloudabi_tid_t *tid) {
  pthread_mutex_init(&process_mutex, NULL);
  guest_threads_after_fork();
  start_renew_process_id();
  sync_fork_child();
  fd_table_fork_child();
  // The child's only thread is a new thread with an id of its own.
  struct guest_thread *self = guest_thread_current();
  cloudabi_tid_t t = guest_tid_self();
  if (self != NULL)
    self->tid = t;
  cloudabi_fd_t child = CLOUDABI_PROCESS_CHILD;
  // Both pointers were checked before forking; the address space is a copy.
  guest_copy_out(fd, &child, sizeof(child));
  guest_copy_out(tid, &t, sizeof(t));
}

cloudabi_errno_t sys_proc_fork(cloudabi_fd_t *fd, cloudabi_tid_t *tid) {
  // Bad output pointers fail before a child exists.  (*tid is undefined in
  // the parent, so writing it there is allowed.)
  cloudabi_fd_t fd_probe = 0;
  cloudabi_tid_t tid_probe = 0;
  cloudabi_errno_t e = guest_copy_out(fd, &fd_probe, sizeof(fd_probe));
  if (e == 0)
    e = guest_copy_out(tid, &tid_probe, sizeof(tid_probe));
  if (e != 0)
    return e;
  struct fd_object *o = fd_object_new(-1, CLOUDABI_FILETYPE_PROCESS);
  if (o == NULL)
    return CLOUDABI_ENOMEM;

  process_lock();
  fd_table_fork_prepare();
  sync_fork_prepare();
  pid_t pid = fork();
  if (pid == 0) {
    fork_child(fd, tid);
    fd_object_unref(o);  // the parent's, unused here
    return 0;
  }
  int fork_errno = errno;
  sync_fork_parent();
  fd_table_fork_parent();
  process_unlock();
  if (pid < 0) {
    fd_object_unref(o);
    return errno_to_cloudabi(fork_errno);
  }

  int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
  if (pidfd < 0) {
    // pidfd_open needs Linux 5.3; without it (ENOTSUP) there is no
    // descriptor to wait on, and the child cannot be kept.
    e = errno_current();
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    fd_object_unref(o);
    return e;
  }
  o->host_fd = pidfd;
  o->pid = pid;
  o->proc_ours = true;
  // From here on, dropping the object kills and reaps the child.
  cloudabi_fd_t number;
  e = fd_table_insert(o, RIGHTS_PROCESS_BASE, 0, &number);
  if (e != 0) {
    fd_object_unref(o);
    return e;
  }
  e = guest_copy_out(fd, &number, sizeof(number));
  if (e != 0)
    fd_table_close(number);
  return e;
}
