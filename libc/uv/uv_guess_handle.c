#include <sys/socket.h>
#include <sys/stat.h>

#include <uv.h>

// Stream sockets are reported as pipes: a descriptor does not tell whether
// a stream socket is a Unix or a TCP one.
uv_handle_type uv_guess_handle(uv_file fd) {
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0)
    return UV_UNKNOWN_HANDLE;
  if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
    return UV_FILE;
  if (S_ISFIFO(st.st_mode))
    return UV_NAMED_PIPE;
  if (S_ISSOCK(st.st_mode)) {
    int type;
    socklen_t len = sizeof(type);
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0)
      return UV_UNKNOWN_HANDLE;
    if (type == SOCK_STREAM)
      return UV_NAMED_PIPE;
    if (type == SOCK_DGRAM)
      return UV_UDP;
  }
  return UV_UNKNOWN_HANDLE;
}
