#define _GNU_SOURCE
#include "fd_table.h"

#include "proc_desc.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

// Well beyond what any host limit allows; keeps numbers in int range.
#define FD_TABLE_MAX (1u << 20)

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static struct fd_entry *table;
static size_t table_size;

struct fd_object *fd_object_new(int host_fd, cloudabi_filetype_t type) {
  struct fd_object *o = calloc(1, sizeof(*o));
  if (o == NULL)
    return NULL;
  o->refcount = 1;
  o->host_fd = host_fd;
  o->type = type;
  o->pid = -1;
  pthread_mutex_init(&o->dir_lock, NULL);
  return o;
}

void fd_object_ref(struct fd_object *o) {
  __atomic_add_fetch(&o->refcount, 1, __ATOMIC_RELAXED);
}

void fd_object_unref(struct fd_object *o) {
  if (__atomic_sub_fetch(&o->refcount, 1, __ATOMIC_ACQ_REL) != 0)
    return;
  if (o->type == CLOUDABI_FILETYPE_PROCESS)
    proc_desc_release(o);
  if (o->host_fd >= 0)
    close(o->host_fd);
  pthread_mutex_destroy(&o->dir_lock);
  free(o);
}

int fd_host_type(int host_fd, cloudabi_filetype_t *type, bool *tty) {
  struct stat st;
  *tty = false;
  if (fstat(host_fd, &st) != 0)
    return -1;
  switch (st.st_mode & S_IFMT) {
    case S_IFREG:
      *type = CLOUDABI_FILETYPE_REGULAR_FILE;
      return 0;
    case S_IFDIR:
      *type = CLOUDABI_FILETYPE_DIRECTORY;
      return 0;
    case S_IFCHR:
      *type = CLOUDABI_FILETYPE_CHARACTER_DEVICE;
      *tty = isatty(host_fd);
      return 0;
    case S_IFBLK:
      *type = CLOUDABI_FILETYPE_BLOCK_DEVICE;
      return 0;
    case S_IFIFO:
      // CloudABI has no FIFO type; a pipe behaves like a stream socket.
      *type = CLOUDABI_FILETYPE_SOCKET_STREAM;
      return 0;
    case S_IFSOCK: {
      int so_type;
      socklen_t len = sizeof(so_type);
      if (getsockopt(host_fd, SOL_SOCKET, SO_TYPE, &so_type, &len) != 0)
        return -1;
      if (so_type == SOCK_STREAM) {
        *type = CLOUDABI_FILETYPE_SOCKET_STREAM;
        return 0;
      }
      if (so_type == SOCK_DGRAM) {
        *type = CLOUDABI_FILETYPE_SOCKET_DGRAM;
        return 0;
      }
      errno = EPROTOTYPE;
      return -1;
    }
    default:
      errno = EINVAL;
      return -1;
  }
}

bool fd_host_is_listening(int host_fd) {
  int on = 0;
  socklen_t len = sizeof(on);
  return getsockopt(host_fd, SOL_SOCKET, SO_ACCEPTCONN, &on, &len) == 0 && on != 0;
}

static bool slot_valid(cloudabi_fd_t fd) {
  return fd < table_size && table[fd].object != NULL;
}

cloudabi_errno_t fd_table_get(cloudabi_fd_t fd, cloudabi_rights_t base_needed,
                              cloudabi_rights_t inheriting_needed, struct fd_entry *entry) {
  pthread_mutex_lock(&table_lock);
  if (!slot_valid(fd)) {
    pthread_mutex_unlock(&table_lock);
    return CLOUDABI_EBADF;
  }
  const struct fd_entry *e = &table[fd];
  if ((e->base & base_needed) != base_needed ||
      (e->inheriting & inheriting_needed) != inheriting_needed) {
    pthread_mutex_unlock(&table_lock);
    return CLOUDABI_ENOTCAPABLE;
  }
  *entry = *e;
  fd_object_ref(e->object);
  pthread_mutex_unlock(&table_lock);
  return 0;
}

static cloudabi_errno_t grow_locked(size_t want) {
  if (want <= table_size)
    return 0;
  if (want > FD_TABLE_MAX)
    return CLOUDABI_EMFILE;
  size_t n = table_size == 0 ? 64 : table_size;
  while (n < want)
    n *= 2;
  if (n > FD_TABLE_MAX)
    n = FD_TABLE_MAX;
  struct fd_entry *t = realloc(table, n * sizeof(*t));
  if (t == NULL)
    return CLOUDABI_ENOMEM;
  for (size_t i = table_size; i < n; i++)
    t[i] = (struct fd_entry){0};
  table = t;
  table_size = n;
  return 0;
}

static cloudabi_errno_t insert_locked(struct fd_object *object, cloudabi_rights_t base,
                                      cloudabi_rights_t inheriting, cloudabi_fd_t *fd) {
  size_t i = 0;
  while (i < table_size && table[i].object != NULL)
    i++;
  cloudabi_errno_t e = grow_locked(i + 1);
  if (e != 0)
    return e;
  table[i] = (struct fd_entry){.object = object, .base = base, .inheriting = inheriting};
  *fd = (cloudabi_fd_t)i;
  return 0;
}

cloudabi_errno_t fd_table_insert(struct fd_object *object, cloudabi_rights_t base,
                                 cloudabi_rights_t inheriting, cloudabi_fd_t *fd) {
  pthread_mutex_lock(&table_lock);
  cloudabi_errno_t e = insert_locked(object, base, inheriting, fd);
  pthread_mutex_unlock(&table_lock);
  return e;
}

cloudabi_errno_t fd_table_insert_at(cloudabi_fd_t fd, struct fd_object *object,
                                    cloudabi_rights_t base, cloudabi_rights_t inheriting) {
  pthread_mutex_lock(&table_lock);
  cloudabi_errno_t e = grow_locked((size_t)fd + 1);
  if (e == 0 && table[fd].object != NULL)
    e = CLOUDABI_EBADF;
  if (e == 0)
    table[fd] = (struct fd_entry){.object = object, .base = base, .inheriting = inheriting};
  pthread_mutex_unlock(&table_lock);
  return e;
}

cloudabi_errno_t fd_table_close(cloudabi_fd_t fd) {
  pthread_mutex_lock(&table_lock);
  if (!slot_valid(fd)) {
    pthread_mutex_unlock(&table_lock);
    return CLOUDABI_EBADF;
  }
  struct fd_object *o = table[fd].object;
  table[fd] = (struct fd_entry){0};
  pthread_mutex_unlock(&table_lock);
  fd_object_unref(o);
  return 0;
}

cloudabi_errno_t fd_table_dup(cloudabi_fd_t from, cloudabi_fd_t *to) {
  pthread_mutex_lock(&table_lock);
  if (!slot_valid(from)) {
    pthread_mutex_unlock(&table_lock);
    return CLOUDABI_EBADF;
  }
  struct fd_entry e = table[from];
  fd_object_ref(e.object);
  cloudabi_errno_t err = insert_locked(e.object, e.base, e.inheriting, to);
  pthread_mutex_unlock(&table_lock);
  if (err != 0)
    fd_object_unref(e.object);
  return err;
}

cloudabi_errno_t fd_table_replace(cloudabi_fd_t from, cloudabi_fd_t to) {
  pthread_mutex_lock(&table_lock);
  if (!slot_valid(from) || !slot_valid(to)) {
    pthread_mutex_unlock(&table_lock);
    return CLOUDABI_EBADF;
  }
  struct fd_object *old = table[to].object;
  fd_object_ref(table[from].object);
  table[to] = table[from];
  pthread_mutex_unlock(&table_lock);
  fd_object_unref(old);
  return 0;
}

cloudabi_errno_t fd_table_restrict(cloudabi_fd_t fd, cloudabi_rights_t base,
                                   cloudabi_rights_t inheriting) {
  pthread_mutex_lock(&table_lock);
  cloudabi_errno_t e = 0;
  if (!slot_valid(fd))
    e = CLOUDABI_EBADF;
  else if ((table[fd].base | base) != table[fd].base ||
           (table[fd].inheriting | inheriting) != table[fd].inheriting)
    e = CLOUDABI_ENOTCAPABLE;
  else {
    table[fd].base = base;
    table[fd].inheriting = inheriting;
  }
  pthread_mutex_unlock(&table_lock);
  return e;
}

void fd_table_fork_prepare(void) { pthread_mutex_lock(&table_lock); }
void fd_table_fork_parent(void) { pthread_mutex_unlock(&table_lock); }

void fd_table_fork_child(void) {
  // Only this thread exists now; nothing else can hold these locks, but a
  // vanished thread may have left one taken.
  pthread_mutex_init(&table_lock, NULL);
  for (size_t i = 0; i < table_size; i++) {
    struct fd_object *o = table[i].object;
    if (o == NULL)
      continue;
    pthread_mutex_init(&o->dir_lock, NULL);
    if (o->type == CLOUDABI_FILETYPE_PROCESS)
      o->proc_ours = false;
  }
}

pid_t *fd_table_children(size_t *n) {
  pid_t *pids = NULL;
  size_t count = 0, cap = 0;
  pthread_mutex_lock(&table_lock);
  for (size_t i = 0; i < table_size; i++) {
    struct fd_object *o = table[i].object;
    if (o == NULL || o->type != CLOUDABI_FILETYPE_PROCESS || !o->proc_ours || o->proc_reaped)
      continue;
    bool seen = false;
    for (size_t j = 0; j < count && !seen; j++)
      seen = pids[j] == o->pid;
    if (seen)
      continue;
    if (count == cap) {
      size_t ncap = cap == 0 ? 8 : cap * 2;
      pid_t *np = realloc(pids, ncap * sizeof(*np));
      if (np == NULL)
        break;
      pids = np;
      cap = ncap;
    }
    pids[count++] = o->pid;
  }
  pthread_mutex_unlock(&table_lock);
  *n = count;
  return pids;
}

void fd_table_kill_children(void) {
  size_t n;
  pid_t *pids = fd_table_children(&n);
  // Unreaped children: their pids cannot have been reused.
  for (size_t i = 0; i < n; i++)
    kill(pids[i], SIGKILL);
  free(pids);
}

void fd_table_visit(void (*fn)(cloudabi_fd_t, const struct fd_entry *, void *), void *arg) {
  pthread_mutex_lock(&table_lock);
  for (size_t i = 0; i < table_size; i++)
    if (table[i].object != NULL)
      fn((cloudabi_fd_t)i, &table[i], arg);
  pthread_mutex_unlock(&table_lock);
}
