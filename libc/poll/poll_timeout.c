// __poll_timeout: poll() with a timeout in nanoseconds (or none), shared
// by poll(), select() and pselect().
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>

#include "poll_impl.h"

// Sleeps for `timeout` nanoseconds, or without end when it is NULL.
static int wait_only(const cloudabi_timestamp_t *timeout) {
  for (;;) {
    // Without a timeout, sleep a day at a time: nothing can wake us.
    cloudabi_subscription_t sub = {
        .type = CLOUDABI_EVENTTYPE_CLOCK,
        .clock.clock_id = CLOUDABI_CLOCK_MONOTONIC,
        .clock.timeout = timeout != NULL ? *timeout : 86400ULL * 1000000000,
    };
    cloudabi_event_t ev;
    size_t nevents;
    cloudabi_errno_t error = cloudabi_sys_poll(&sub, &ev, 1, &nevents);
    if (error == 0 && nevents == 1 && ev.error != 0)
      error = ev.error;
    if (error != 0) {
      errno = error;
      return -1;
    }
    if (timeout != NULL)
      return 0;
  }
}

int __poll_timeout(struct pollfd *fds, nfds_t nfds, const cloudabi_timestamp_t *timeout) {
  // One FD_READ and/or FD_WRITE subscription per watched entry, plus the
  // timer.  Userdata is the entry's index.
  size_t nsubs = 0;
  for (nfds_t i = 0; i < nfds; i++) {
    fds[i].revents = 0;
    if (fds[i].fd >= 0) {
      nsubs += (fds[i].events & POLLIN) != 0;
      nsubs += (fds[i].events & POLLOUT) != 0;
    }
  }
  if (nsubs == 0) {
    if (timeout != NULL && *timeout == 0)
      return 0;
    return wait_only(timeout);
  }
  if (timeout != NULL)
    nsubs++;
  if (nsubs > SIZE_MAX / sizeof(cloudabi_subscription_t)) {
    errno = EINVAL;
    return -1;
  }

  cloudabi_subscription_t small_subs[8];
  cloudabi_event_t small_events[8];
  cloudabi_subscription_t *subs = small_subs;
  cloudabi_event_t *events = small_events;
  if (nsubs > 8) {
    subs = malloc(nsubs * sizeof(*subs));
    events = malloc(nsubs * sizeof(*events));
    if (subs == NULL || events == NULL) {
      free(subs);
      free(events);
      errno = EAGAIN;  // POSIX: could not allocate internal structures
      return -1;
    }
  }
  size_t n = 0;
  for (nfds_t i = 0; i < nfds; i++) {
    if (fds[i].fd < 0)
      continue;
    static const struct {
      short event;
      cloudabi_eventtype_t type;
    } kinds[] = {{POLLIN, CLOUDABI_EVENTTYPE_FD_READ}, {POLLOUT, CLOUDABI_EVENTTYPE_FD_WRITE}};
    for (size_t k = 0; k < 2; k++) {
      if (fds[i].events & kinds[k].event) {
        subs[n++] = (cloudabi_subscription_t){
            .userdata = i,
            .type = kinds[k].type,
            .fd_readwrite.fd = (cloudabi_fd_t)fds[i].fd,
            .fd_readwrite.flags = CLOUDABI_SUBSCRIPTION_FD_READWRITE_POLL,
        };
      }
    }
  }
  if (timeout != NULL) {
    subs[n++] = (cloudabi_subscription_t){
        .userdata = UINT64_MAX,
        .type = CLOUDABI_EVENTTYPE_CLOCK,
        .clock.clock_id = CLOUDABI_CLOCK_MONOTONIC,
        .clock.timeout = *timeout,
    };
  }

  size_t nevents;
  cloudabi_errno_t error = cloudabi_sys_poll(subs, events, n, &nevents);
  int result = -1;
  if (error != 0) {
    errno = error;
  } else {
    for (size_t e = 0; e < nevents; e++) {
      const cloudabi_event_t *ev = &events[e];
      if (ev->type == CLOUDABI_EVENTTYPE_CLOCK) {
        if (ev->error != 0) {
          errno = ev->error;
          goto out;
        }
        continue;
      }
      if (ev->userdata >= nfds)
        continue;
      struct pollfd *p = &fds[ev->userdata];
      if (ev->error == EBADF) {
        p->revents |= POLLNVAL;
      } else if (ev->error != 0) {
        p->revents |= POLLERR;
      } else if (ev->fd_readwrite.flags & CLOUDABI_EVENT_FD_READWRITE_HANGUP) {
        // The peer is gone: reading gives end-of-file, writing cannot
        // succeed.
        p->revents |= POLLHUP;
        if (p->events & POLLIN)
          p->revents |= POLLIN;
      } else {
        p->revents |= ev->type == CLOUDABI_EVENTTYPE_FD_READ ? POLLIN : POLLOUT;
      }
    }
    // POLLHUP and POLLOUT exclude each other.
    result = 0;
    for (nfds_t i = 0; i < nfds; i++) {
      if (fds[i].revents & POLLHUP)
        fds[i].revents &= ~POLLOUT;
      result += fds[i].revents != 0;
    }
  }
out:
  if (subs != small_subs) {
    free(subs);
    free(events);
  }
  return result;
}
