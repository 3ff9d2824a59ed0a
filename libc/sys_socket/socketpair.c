#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/socket.h>

int socketpair(int domain, int type, int protocol, int socket_vector[2]) {
  if (domain != AF_UNIX) {
    errno = EAFNOSUPPORT;
    return -1;
  }
  if (type != SOCK_STREAM && type != SOCK_DGRAM) {
    errno = EPROTOTYPE;
    return -1;
  }
  if (protocol != 0) {
    errno = EPROTONOSUPPORT;
    return -1;
  }
  // SOCK_* equal CloudABI's socket file types.
  cloudabi_fd_t a, b;
  cloudabi_errno_t error = cloudabi_sys_fd_create2((cloudabi_filetype_t)type, &a, &b);
  if (error != 0) {
    errno = error;
    return -1;
  }
  socket_vector[0] = (int)a;
  socket_vector[1] = (int)b;
  return 0;
}
