// __poll_timeout: poll() with a timeout in nanoseconds (or none), shared
// by poll(), select() and pselect().
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <poll.h>
#include <stdbool.h>
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

// Bits of the `never` array: directions that can never become ready
// because the descriptor lacks the right to read or write.
#define NEVER_IN 1
#define NEVER_OUT 2

// Whether a subscription that failed with ENOTCAPABLE did so only because
// the descriptor cannot move data in that direction (it may still be
// polled): POSIX poll() then just never reports that direction.
static bool direction_not_allowed(int fd, cloudabi_eventtype_t type) {
  cloudabi_fdstat_t fds;
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &fds) != 0)
    return false;
  cloudabi_rights_t need =
      type == CLOUDABI_EVENTTYPE_FD_READ ? CLOUDABI_RIGHT_FD_READ : CLOUDABI_RIGHT_FD_WRITE;
  return (fds.fs_rights_base & CLOUDABI_RIGHT_POLL_FD_READWRITE) != 0 &&
         (fds.fs_rights_base & need) == 0;
}

int __poll_timeout(struct pollfd *fds, nfds_t nfds, const cloudabi_timestamp_t *timeout) {
  // At most one FD_READ and one FD_WRITE subscription per entry, plus the
  // timer.  Userdata is the entry's index.
  size_t max_subs = 1;
  for (nfds_t i = 0; i < nfds; i++) {
    fds[i].revents = 0;
    if (fds[i].fd >= 0)
      max_subs += ((fds[i].events & POLLIN) != 0) + ((fds[i].events & POLLOUT) != 0);
  }
  if (max_subs == 1) {
    if (timeout != NULL && *timeout == 0)
      return 0;
    return wait_only(timeout);
  }
  if (max_subs > SIZE_MAX / sizeof(cloudabi_subscription_t)) {
    errno = EINVAL;
    return -1;
  }

  enum { SMALL = 8 };
  cloudabi_subscription_t small_subs[SMALL];
  cloudabi_event_t small_events[SMALL];
  unsigned char small_never[SMALL];
  cloudabi_subscription_t *subs = small_subs;
  cloudabi_event_t *events = small_events;
  unsigned char *never = small_never;
  bool large = max_subs > SMALL || nfds > SMALL;
  if (large) {
    subs = malloc(max_subs * sizeof(*subs));
    events = malloc(max_subs * sizeof(*events));
    never = calloc(nfds, 1);
    if (subs == NULL || events == NULL || never == NULL) {
      free(subs);
      free(events);
      free(never);
      errno = EAGAIN;  // POSIX: could not allocate internal structures
      return -1;
    }
  } else {
    for (nfds_t i = 0; i < nfds; i++)
      never[i] = 0;
  }

  int result = -1;
  for (;;) {
    static const struct {
      short event;
      unsigned char never;
      cloudabi_eventtype_t type;
    } kinds[] = {{POLLIN, NEVER_IN, CLOUDABI_EVENTTYPE_FD_READ},
                 {POLLOUT, NEVER_OUT, CLOUDABI_EVENTTYPE_FD_WRITE}};
    size_t n = 0;
    for (nfds_t i = 0; i < nfds; i++) {
      if (fds[i].fd < 0)
        continue;
      for (size_t k = 0; k < 2; k++) {
        if ((fds[i].events & kinds[k].event) && !(never[i] & kinds[k].never)) {
          subs[n++] = (cloudabi_subscription_t){
              .userdata = i,
              .type = kinds[k].type,
              .fd_readwrite.fd = (cloudabi_fd_t)fds[i].fd,
              .fd_readwrite.flags = CLOUDABI_SUBSCRIPTION_FD_READWRITE_POLL,
          };
        }
      }
    }
    if (n == 0) {
      // Only directions that can never be ready were asked for.
      if (timeout != NULL && *timeout == 0)
        result = 0;
      else
        result = wait_only(timeout);
      goto out;
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
    if (error != 0) {
      errno = error;
      goto out;
    }
    bool clock_fired = false, dropped = false;
    for (size_t e = 0; e < nevents; e++) {
      const cloudabi_event_t *ev = &events[e];
      if (ev->type == CLOUDABI_EVENTTYPE_CLOCK) {
        if (ev->error != 0) {
          errno = ev->error;
          goto out;
        }
        clock_fired = true;
        continue;
      }
      if (ev->userdata >= nfds)
        continue;
      nfds_t i = (nfds_t)ev->userdata;
      struct pollfd *p = &fds[i];
      if (ev->error == EBADF) {
        p->revents |= POLLNVAL;
      } else if (ev->error == ENOTCAPABLE && direction_not_allowed(p->fd, ev->type)) {
        never[i] |= ev->type == CLOUDABI_EVENTTYPE_FD_READ ? NEVER_IN : NEVER_OUT;
        dropped = true;
      } else if (ev->error != 0) {
        p->revents |= POLLERR;
      } else if (ev->fd_readwrite.flags & CLOUDABI_EVENT_FD_READWRITE_HANGUP) {
        // The peer is gone: reading gives end-of-file, writing cannot
        // succeed.
        p->revents |= POLLHUP;
        if (ev->type == CLOUDABI_EVENTTYPE_FD_READ)
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
    // If the only news was about directions that can never be ready, wait
    // again without them (the call returned at once, so the timeout still
    // holds).
    if (result > 0 || clock_fired || !dropped)
      break;
  }
out:
  if (large) {
    free(subs);
    free(events);
    free(never);
  }
  return result;
}
