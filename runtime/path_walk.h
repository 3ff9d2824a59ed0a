// Confined path resolution without openat2 (path_walk.c).
#ifndef RUNTIME_PATH_WALK_H
#define RUNTIME_PATH_WALK_H

#include <cloudabi_types.h>
#include <stdbool.h>
#include <sys/types.h>

// Same contract as path_open (path_resolve.h).
cloudabi_errno_t path_walk_open(int dirfd, const char *path, int flags, mode_t mode,
                                bool follow, int *fd);

#endif
