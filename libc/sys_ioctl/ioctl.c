#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/ioctl.h>

static int bytes_readable(int fd, int *result) {
  cloudabi_subscription_t subs[2] = {
      {
          .type = CLOUDABI_EVENTTYPE_FD_READ,
          .fd_readwrite.fd = (cloudabi_fd_t)fd,
          .fd_readwrite.flags = CLOUDABI_SUBSCRIPTION_FD_READWRITE_POLL,
      },
      {
          .userdata = 1,
          .type = CLOUDABI_EVENTTYPE_CLOCK,
          .clock.clock_id = CLOUDABI_CLOCK_MONOTONIC,
          .clock.timeout = 0,
      },
  };
  cloudabi_event_t events[2];
  size_t nevents;
  cloudabi_errno_t error = cloudabi_sys_poll(subs, events, 2, &nevents);
  if (error != 0) {
    errno = error;
    return -1;
  }
  *result = 0;
  for (size_t i = 0; i < nevents; i++) {
    if (events[i].type != CLOUDABI_EVENTTYPE_FD_READ)
      continue;
    if (events[i].error != 0) {
      errno = events[i].error;
      return -1;
    }
    cloudabi_filesize_t n = events[i].fd_readwrite.nbytes;
    *result = n > 0x7fffffff ? 0x7fffffff : (int)n;
  }
  return 0;
}

int ioctl(int fd, int request, ...) {
  va_list ap;
  va_start(ap, request);
  void *arg = va_arg(ap, void *);
  va_end(ap);
  switch (request) {
    case FIONREAD:
      return bytes_readable(fd, arg);
    case FIONBIO: {
      int flags = fcntl(fd, F_GETFL);
      if (flags < 0)
        return -1;
      if (*(const int *)arg)
        flags |= O_NONBLOCK;
      else
        flags &= ~O_NONBLOCK;
      return fcntl(fd, F_SETFL, flags) < 0 ? -1 : 0;
    }
  }
  errno = EINVAL;
  return -1;
}
