#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdlib.h>

#include "argdata_stream.h"

// Serializes the pending value behind an 8-byte big-endian length.
static int prepare(struct argdata_writer_t *w) {
  size_t len, nfds;
  argdata_serialized_length(w->pending, &len, &nfds);
  if (len > SIZE_MAX - ARGDATA_STREAM_HEADER || nfds > SIZE_MAX / sizeof(int))
    return ENOMEM;
  size_t total = ARGDATA_STREAM_HEADER + len;
  if (total > w->capacity) {
    uint8_t *buf = realloc(w->buf, total);
    if (buf == NULL)
      return ENOMEM;
    w->buf = buf;
    w->capacity = total;
  }
  if (nfds > w->fds_capacity) {
    int *fds = realloc(w->fds, nfds * sizeof(*fds));
    if (fds == NULL)
      return ENOMEM;
    w->fds = fds;
    w->fds_capacity = nfds;
  }
  uint64_t n = len;
  for (size_t i = ARGDATA_STREAM_HEADER; i-- > 0;) {
    w->buf[i] = (uint8_t)n;
    n >>= 8;
  }
  // Without fd fields there is nothing to renumber; a NULL array is fine.
  w->nfds = argdata_serialize(w->pending, w->buf + ARGDATA_STREAM_HEADER,
                              nfds > 0 ? w->fds : NULL);
  w->len = total;
  w->sent = 0;
  w->pending = NULL;
  return 0;
}

// Descriptors go with the first bytes of the message, which needs a socket.
static int send_with_fds(struct argdata_writer_t *w, int fd, size_t *written) {
  cloudabi_fdstat_t st;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &st);
  if (error != 0)
    return error;
  if (st.fs_filetype != CLOUDABI_FILETYPE_SOCKET_STREAM &&
      st.fs_filetype != CLOUDABI_FILETYPE_SOCKET_DGRAM)
    return ENOTSOCK;
  cloudabi_ciovec_t iov = {.buf = w->buf, .buf_len = w->len};
  cloudabi_send_in_t in = {
      .si_data = &iov,
      .si_data_len = 1,
      .si_fds = (const cloudabi_fd_t *)w->fds,
      .si_fds_len = w->nfds,
      .si_flags = 0,
  };
  cloudabi_send_out_t out;
  error = cloudabi_sys_sock_send((cloudabi_fd_t)fd, &in, &out);
  if (error != 0)
    return error;
  *written = out.so_datalen;
  return 0;
}

int argdata_writer_push(argdata_writer_t *w, int fd) {
  if (w->pending != NULL) {
    int error = prepare(w);
    if (error != 0)
      return error;
  }
  while (w->sent < w->len) {
    size_t written;
    int error;
    if (w->sent == 0 && w->nfds > 0) {
      error = send_with_fds(w, fd, &written);
    } else {
      cloudabi_ciovec_t iov = {.buf = w->buf + w->sent, .buf_len = w->len - w->sent};
      error = cloudabi_sys_fd_write((cloudabi_fd_t)fd, &iov, 1, &written);
    }
    if (error != 0)
      return error;
    // A write that accepts nothing would make this loop spin forever.
    if (written == 0)
      return EIO;
    w->sent += written;
  }
  w->len = 0;
  w->sent = 0;
  w->nfds = 0;
  return 0;
}
