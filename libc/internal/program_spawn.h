// Internal: a configuration serialized for proc_exec (program_exec and
// program_spawn).
#ifndef LIBC_INTERNAL_PROGRAM_SPAWN_H
#define LIBC_INTERNAL_PROGRAM_SPAWN_H

#include <argdata.h>
#include <cloudabi_types.h>
#include <stddef.h>

// The argdata with its descriptors renumbered 0..nfds-1 in order of first
// appearance, and the process descriptors that become those numbers.
struct program_image {
  void *data;
  size_t len;
  cloudabi_fd_t *fds;
  size_t nfds;
  void *block;  // one allocation holding both
};

// Returns 0 or ENOMEM.
int __program_image_build(const argdata_t *ad, struct program_image *image);
void __program_image_free(struct program_image *image);

// The errno value of a failed proc_exec of fd: a refused capability is
// EBADF for a regular file (no PROC_EXEC right: not open for execution)
// and EACCES for anything else.
int __program_exec_errno(int fd, cloudabi_errno_t error);

#endif
