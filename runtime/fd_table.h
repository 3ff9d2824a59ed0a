// The program's descriptor table: CloudABI fd number -> host object plus
// the rights this number carries.  Objects are reference counted, so dup'ed
// numbers share them and a call in progress keeps its object alive while
// another thread closes the number.
#ifndef RUNTIME_FD_TABLE_H
#define RUNTIME_FD_TABLE_H

#include <cloudabi_types.h>
#include <pthread.h>
#include <stdbool.h>
#include <sys/types.h>

struct fd_object {
  unsigned refcount;  // atomic
  int host_fd;
  cloudabi_filetype_t type;
  // A listening stream socket: sock_recv accepts a connection and hands it
  // over as a descriptor attached to an empty message.
  bool listening;
  // Directory reading (file_readdir) repositions the shared host offset;
  // process descriptors record how the child ended.
  pthread_mutex_t dir_lock;
  // PROCESS objects (proc_desc.c): host_fd is a pidfd.
  pid_t pid;
  bool proc_ours;      // our child: we reap it, and closing kills it
  bool proc_reaped;    // proc_signal / proc_exitcode are valid
  cloudabi_signal_t proc_signal;
  cloudabi_exitcode_t proc_exitcode;
};

struct fd_entry {
  struct fd_object *object;
  cloudabi_rights_t base;
  cloudabi_rights_t inheriting;
};

// Wraps host_fd (which the object then owns).
struct fd_object *fd_object_new(int host_fd, cloudabi_filetype_t type);
void fd_object_ref(struct fd_object *);
void fd_object_unref(struct fd_object *);

// Whether a host socket is listening for connections.
bool fd_host_is_listening(int host_fd);

// Determines the CloudABI type of a host descriptor; -1 if it cannot be
// represented (errno set).
int fd_host_type(int host_fd, cloudabi_filetype_t *type, bool *tty);

// Looks up fd and checks that its rights include base_needed and
// inheriting_needed.  On success *entry holds a counted reference to the
// object (release with fd_object_unref).  EBADF / ENOTCAPABLE otherwise.
cloudabi_errno_t fd_table_get(cloudabi_fd_t fd, cloudabi_rights_t base_needed,
                              cloudabi_rights_t inheriting_needed, struct fd_entry *entry);

// Installs a new number (the lowest free one) for object, taking over the
// caller's reference.  EMFILE when the table is full.
cloudabi_errno_t fd_table_insert(struct fd_object *object, cloudabi_rights_t base,
                                 cloudabi_rights_t inheriting, cloudabi_fd_t *fd);
// Installs object at a given free number (launch-time grants).
cloudabi_errno_t fd_table_insert_at(cloudabi_fd_t fd, struct fd_object *object,
                                    cloudabi_rights_t base, cloudabi_rights_t inheriting);

cloudabi_errno_t fd_table_close(cloudabi_fd_t fd);
cloudabi_errno_t fd_table_dup(cloudabi_fd_t from, cloudabi_fd_t *to);
cloudabi_errno_t fd_table_replace(cloudabi_fd_t from, cloudabi_fd_t to);
// proc_fork: the table is consistent while the child is made; in the
// child, locks that threads of the parent may have held are reset and the
// parent's process descriptors become foreign (not our children).
void fd_table_fork_prepare(void);
void fd_table_fork_parent(void);
void fd_table_fork_child(void);

// The pids of the children that still have a process descriptor here and
// have not been reaped (malloc'ed array; NULL with *n 0 when none).
pid_t *fd_table_children(size_t *n);

// Process exit closes every descriptor: children whose process descriptors
// are still open are killed, as closing them would.
void fd_table_kill_children(void);

// Calls fn for every number in use, in order, with the table locked (fn
// must not call back into the table).  For the sandbox (sandbox.c).
void fd_table_visit(void (*fn)(cloudabi_fd_t, const struct fd_entry *, void *), void *arg);

// Narrows the rights of fd; widening is ENOTCAPABLE.
cloudabi_errno_t fd_table_restrict(cloudabi_fd_t fd, cloudabi_rights_t base,
                                   cloudabi_rights_t inheriting);

#endif
