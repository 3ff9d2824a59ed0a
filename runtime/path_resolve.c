#define _GNU_SOURCE
#include "path_resolve.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno_map.h"
#include "path_walk.h"

// EXDEV from a confined lookup means the path tried to leave the directory.
static cloudabi_errno_t resolution_error(int e) {
  return e == EXDEV ? CLOUDABI_ENOTCAPABLE : errno_to_cloudabi(e);
}

// Whether to resolve paths in user space (path_walk.c): when the kernel
// lacks openat2, or when CLOUDABI_RUN_NO_OPENAT2 is set (so tests can run
// the same cases through both resolvers).
static int use_walk = -1;  // -1: not decided yet

static bool walk_selected(void) {
  int w = __atomic_load_n(&use_walk, __ATOMIC_RELAXED);
  if (w < 0) {
    const char *v = getenv("CLOUDABI_RUN_NO_OPENAT2");
    w = v != NULL && v[0] != '\0' && strcmp(v, "0") != 0;
    __atomic_store_n(&use_walk, w, __ATOMIC_RELAXED);
  }
  return w != 0;
}

void path_resolve_init(void) { walk_selected(); }

cloudabi_errno_t path_open(int dirfd, const char *path, uint64_t flags, uint64_t mode,
                           bool follow, int *fd) {
  if (path[0] == '\0')
    return CLOUDABI_ENOENT;
  if (path[0] == '/')
    return CLOUDABI_ENOTCAPABLE;
  if (walk_selected())
    return path_walk_open(dirfd, path, (int)flags,
                          ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) ? (mode_t)mode : 0,
                          follow, fd);
  // openat2 refuses O_PATH combined with anything but these few flags.
  uint64_t extra = (flags & O_PATH) ? 0 : O_NOCTTY;
  struct open_how how = {
      .flags = flags | O_CLOEXEC | extra | (follow ? 0 : O_NOFOLLOW),
      .mode = ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) ? mode : 0,
      .resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS,
  };
  for (;;) {
    long r = syscall(SYS_openat2, dirfd, path, &how, sizeof(how));
    if (r >= 0) {
      *fd = (int)r;
      return 0;
    }
    // openat2 may ask to retry when a rename raced with the lookup.
    if (errno == EAGAIN || errno == EINTR)
      continue;
    if (errno == ENOSYS) {
      __atomic_store_n(&use_walk, 1, __ATOMIC_RELAXED);
      return path_open(dirfd, path, flags, mode, follow, fd);
    }
    return resolution_error(errno);
  }
}

cloudabi_errno_t path_open_parent(int dirfd, char *path, struct path_parent *parent) {
  if (path[0] == '\0')
    return CLOUDABI_ENOENT;
  if (path[0] == '/')
    return CLOUDABI_ENOTCAPABLE;
  // The last component starts after the last slash that is followed by
  // something other than slashes; trailing slashes stay with it, so the
  // host call still applies directory semantics.
  size_t end = strlen(path);
  while (end > 0 && path[end - 1] == '/')
    end--;
  size_t start = end;
  while (start > 0 && path[start - 1] != '/')
    start--;
  // A final ".." names a directory above the parent: make sure it is still
  // beneath dirfd before acting on it.
  if (end - start == 2 && path[start] == '.' && path[start + 1] == '.') {
    int probe;
    cloudabi_errno_t e = path_open(dirfd, path, O_PATH | O_DIRECTORY, 0, true, &probe);
    if (e != 0)
      return e;
    close(probe);
  }
  if (start == 0) {
    parent->fd = dirfd;
    parent->owned = false;
    parent->last = path;
    return 0;
  }
  path[start - 1] = '\0';  // parent path; "a//b" leaves "a/", which is fine
  cloudabi_errno_t e = path_open(dirfd, path[0] != '\0' ? path : ".", O_PATH | O_DIRECTORY, 0,
                                 true, &parent->fd);
  if (e != 0)
    return e;
  parent->owned = true;
  parent->last = path + start;
  return 0;
}

void path_parent_release(struct path_parent *parent) {
  if (parent->owned)
    close(parent->fd);
  parent->owned = false;
}
