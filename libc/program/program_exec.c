#include <cloudabi_syscalls.h>
#include <program.h>

#include "program_spawn.h"

int program_exec(int fd, const argdata_t *ad) {
  struct program_image image;
  int error = __program_image_build(ad, &image);
  if (error != 0)
    return error;
  cloudabi_errno_t e = cloudabi_sys_proc_exec((cloudabi_fd_t)fd, image.data, image.len,
                                              image.fds, image.nfds);
  // Only reached on failure.
  __program_image_free(&image);
  return __program_exec_errno(fd, e);
}
