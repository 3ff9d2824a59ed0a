// __select_timeout: select() on top of poll(), shared by select() and
// pselect().
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdbool.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>

#include "poll_impl.h"
#include "select_impl.h"

// Adds `fd` with `events` to the pollfd list, merging with an existing
// entry for the same descriptor.
static void add(struct pollfd *list, size_t *n, int fd, short events) {
  for (size_t i = 0; i < *n; i++) {
    if (list[i].fd == fd) {
      list[i].events |= events;
      return;
    }
  }
  list[(*n)++] = (struct pollfd){.fd = fd, .events = events};
}

int __select_timeout(int nfds, fd_set *readfds, fd_set *writefds, fd_set *errorfds,
                     const cloudabi_timestamp_t *timeout) {
  if (nfds < 0) {
    errno = EINVAL;
    return -1;
  }
  fd_set *sets[3] = {readfds, writefds, errorfds};
  static const short wanted[3] = {POLLIN, POLLOUT, 0};
  size_t total = 0;
  for (int s = 0; s < 3; s++)
    if (sets[s] != NULL)
      total += sets[s]->__nfds;
  struct pollfd *list = NULL;
  if (total > 0) {
    list = malloc(total * sizeof(*list));
    if (list == NULL)
      return -1;
  }
  size_t n = 0;
  for (int s = 0; s < 3; s++) {
    if (sets[s] == NULL)
      continue;
    for (size_t i = 0; i < sets[s]->__nfds; i++)
      if (sets[s]->__fds[i] < nfds)
        add(list, &n, sets[s]->__fds[i], wanted[s]);
  }

  // Descriptors only in errorfds are not polled; check that they are open.
  for (size_t i = 0; i < n; i++) {
    cloudabi_fdstat_t fds;
    if (list[i].events == 0 && cloudabi_sys_fd_stat_get((cloudabi_fd_t)list[i].fd, &fds) != 0) {
      free(list);
      errno = EBADF;
      return -1;
    }
  }
  int result = __poll_timeout(list, n, timeout);
  if (result >= 0) {
    for (size_t i = 0; i < n; i++) {
      if (list[i].revents & POLLNVAL) {
        free(list);
        errno = EBADF;
        return -1;
      }
    }
    result = 0;
    for (int s = 0; s < 3; s++) {
      if (sets[s] == NULL)
        continue;
      fd_set *set = sets[s];
      size_t kept = 0;
      for (size_t i = 0; i < set->__nfds; i++) {
        int fd = set->__fds[i];
        bool ready = false;
        for (size_t j = 0; j < n && s < 2; j++) {
          if (list[j].fd != fd)
            continue;
          short r = list[j].revents;
          // Ready means the call would not block, whether or not it
          // transfers data: also when the peer has gone or the descriptor
          // failed.
          ready = (r & ((s == 0 ? POLLIN : POLLOUT) | POLLHUP | POLLERR)) != 0;
        }
        if (ready && fd < nfds)
          set->__fds[kept++] = fd;
      }
      set->__nfds = kept;
      result += (int)kept;
    }
  }
  free(list);
  return result;
}
