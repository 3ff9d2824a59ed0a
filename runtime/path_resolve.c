#define _GNU_SOURCE
#include "path_resolve.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno_map.h"

// EXDEV from a confined lookup means the path tried to leave the directory.
static cloudabi_errno_t resolution_error(int e) {
  return e == EXDEV ? CLOUDABI_ENOTCAPABLE : errno_to_cloudabi(e);
}

cloudabi_errno_t path_open(int dirfd, const char *path, uint64_t flags, uint64_t mode,
                           bool follow, int *fd) {
  if (path[0] == '\0')
    return CLOUDABI_ENOENT;
  if (path[0] == '/')
    return CLOUDABI_ENOTCAPABLE;
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
