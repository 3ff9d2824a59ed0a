#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdlib.h>

#include "argdata_stream.h"

// fd fields of a received message index the descriptors that came with it.
static int lookup_fd(void *arg, size_t raw) {
  const struct argdata_reader_t *r = arg;
  return raw < r->nfds ? r->fds[raw] : -1;
}

// The stream is out of step: remember why and give up on it.
static int fail(struct argdata_reader_t *r, int error) {
  __argdata_reader_close_fds(r);
  r->state = READER_FAILED;
  r->error = error;
  return error;
}

// Reads up to len bytes.  The first read of a message also accepts
// descriptors when the caller allows any (falling back to a plain read when
// fd is not a socket).
static int read_some(struct argdata_reader_t *r, int fd, void *buf, size_t len, size_t *nread) {
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = len};
  if (r->state == READER_HEADER && r->header_read == 0 && r->max_fds_len > 0) {
    cloudabi_recv_in_t in = {
        .ri_data = &iov,
        .ri_data_len = 1,
        .ri_fds = (cloudabi_fd_t *)r->fds,
        .ri_fds_len = r->max_fds_len,
        .ri_flags = 0,
    };
    cloudabi_recv_out_t out;
    cloudabi_errno_t error = cloudabi_sys_sock_recv((cloudabi_fd_t)fd, &in, &out);
    if (error == 0) {
      r->nfds = out.ro_fdslen <= r->max_fds_len ? out.ro_fdslen : r->max_fds_len;
      *nread = out.ro_datalen;
      // More descriptors were sent than the caller accepts.
      if (out.ro_flags & CLOUDABI_SOCK_RECV_FDS_TRUNCATED)
        return EMSGSIZE;
      return 0;
    }
    if (error != ENOTSOCK)
      return error;
  }
  return cloudabi_sys_fd_read((cloudabi_fd_t)fd, &iov, 1, nread);
}

int argdata_reader_pull(argdata_reader_t *r, int fd) {
  switch (r->state) {
    case READER_FAILED:
      return r->error;
    case READER_IDLE:
    case READER_COMPLETE:
      // The previous message goes away with its unreleased descriptors.
      __argdata_reader_close_fds(r);
      r->state = READER_HEADER;
      r->header_read = 0;
      break;
    case READER_HEADER:
    case READER_BODY:
      break;
  }

  while (r->state == READER_HEADER) {
    size_t n;
    int error = read_some(r, fd, r->header + r->header_read,
                          ARGDATA_STREAM_HEADER - r->header_read, &n);
    if (error == EMSGSIZE)
      return fail(r, error);
    if (error != 0)
      return error;
    if (n == 0) {
      if (r->header_read > 0)
        return fail(r, EBADMSG);
      // End of stream between two messages.
      r->state = READER_IDLE;
      return 0;
    }
    r->header_read += n;
    if (r->header_read == ARGDATA_STREAM_HEADER) {
      uint64_t len = 0;
      for (size_t i = 0; i < ARGDATA_STREAM_HEADER; i++)
        len = len << 8 | r->header[i];
      if (len > r->max_data_len)
        return fail(r, EMSGSIZE);
      r->data_len = (size_t)len;
      r->data_read = 0;
      r->state = READER_BODY;
    }
  }

  if (r->data_len > r->data_capacity) {
    // Kept in READER_BODY on failure, so the pull can be retried.
    uint8_t *data = realloc(r->data, r->data_len);
    if (data == NULL)
      return ENOMEM;
    r->data = data;
    r->data_capacity = r->data_len;
  }
  while (r->data_read < r->data_len) {
    size_t n;
    int error = read_some(r, fd, r->data + r->data_read, r->data_len - r->data_read, &n);
    if (error != 0)
      return error;
    if (n == 0)
      return fail(r, EBADMSG);
    r->data_read += n;
  }

  argdata_init_buffer(&r->root, r->data, r->data_len, lookup_fd, r);
  r->state = READER_COMPLETE;
  return 0;
}
