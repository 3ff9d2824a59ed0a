#include <cloudabi_syscalls.h>

#include "argdata_stream.h"

void __argdata_reader_close_fds(struct argdata_reader_t *r) {
  for (size_t i = 0; i < r->nfds; i++)
    if (r->fds[i] >= 0)
      cloudabi_sys_fd_close((cloudabi_fd_t)r->fds[i]);
  r->nfds = 0;
}
