#include <sys/socket.h>

#include "uv_impl.h"

// The low byte of the flags would name the address family of a socket to
// create; no socket can be created here.
int __uv_init_ex_flags(unsigned int flags) {
  if (flags & ~0xffu)
    return UV_EINVAL;
  return (flags & 0xffu) == AF_UNSPEC ? 0 : UV_ENOTSUP;
}
