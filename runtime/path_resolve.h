// Path resolution confined beneath a directory descriptor (cloudabi-abi.md
// §6): absolute paths and escapes with ".." or symlinks are ENOTCAPABLE,
// empty paths ENOENT.  Built on openat2(RESOLVE_BENEATH |
// RESOLVE_NO_MAGICLINKS); without openat2 (or with CLOUDABI_RUN_NO_OPENAT2=1
// in the environment) the user-space walk of path_walk.c gives the same
// results.
#ifndef RUNTIME_PATH_RESOLVE_H
#define RUNTIME_PATH_RESOLVE_H

#include <cloudabi_types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PATH_BUFFER_SIZE 4096

// Reads the resolver choice from the environment (call before confining
// the process; later calls to path_open would otherwise do it).
void path_resolve_init(void);

// openat2 beneath dirfd.  follow: whether a final symlink is followed (else
// O_NOFOLLOW).  Returns 0 and the new host fd in *fd.
cloudabi_errno_t path_open(int dirfd, const char *path, uint64_t flags, uint64_t mode,
                           bool follow, int *fd);

// For calls acting on a final component (mkdir, unlink, rename, link,
// symlink, readlink): resolves everything but the last component.  path is
// a host copy that is modified.  *parent is dirfd itself or a new O_PATH
// descriptor (release with path_parent_release); *last points into path.
struct path_parent {
  int fd;
  bool owned;
  const char *last;
};
cloudabi_errno_t path_open_parent(int dirfd, char *path, struct path_parent *parent);
void path_parent_release(struct path_parent *parent);

#endif
