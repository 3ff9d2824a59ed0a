// Internal: serializing a configuration for proc_exec (program_spawn.h).
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdalign.h>
#include <stdlib.h>

#include "program_spawn.h"

int __program_image_build(const argdata_t *ad, struct program_image *image) {
  size_t len, nfds;
  argdata_serialized_length(ad, &len, &nfds);
  // The descriptors first (ints while serializing, converted in place to
  // cloudabi_fd_t, which has the same size), then the data.
  _Static_assert(sizeof(int) == sizeof(cloudabi_fd_t), "fd sizes");
  size_t fds_size = nfds * sizeof(int);
  if (nfds > SIZE_MAX / sizeof(int) || len > SIZE_MAX - fds_size - 1)
    return ENOMEM;
  char *block = malloc(fds_size + len + 1);
  if (block == NULL)
    return ENOMEM;
  int *fds = (int *)block;
  image->block = block;
  image->data = block + fds_size;
  image->len = len;
  image->nfds = argdata_serialize(ad, image->data, fds);
  image->fds = (cloudabi_fd_t *)fds;
  for (size_t i = 0; i < image->nfds; i++)
    image->fds[i] = (cloudabi_fd_t)fds[i];
  return 0;
}

void __program_image_free(struct program_image *image) {
  free(image->block);
}

int __program_exec_errno(int fd, cloudabi_errno_t error) {
  if (error != ENOTCAPABLE)
    return error;
  cloudabi_fdstat_t st;
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st) == 0 &&
      st.fs_filetype == CLOUDABI_FILETYPE_REGULAR_FILE)
    return EBADF;
  return EACCES;
}
