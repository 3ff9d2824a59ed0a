#include <uv.h>

// Descriptors are the system's handles.
uv_os_fd_t uv_get_osfhandle(int fd) {
  return fd;
}
