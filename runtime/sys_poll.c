// poll: clocks and descriptor readiness, or one lock/condvar wait with an
// optional timeout (cloudabi-abi.md §8).
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>

#include "deadline.h"
#include "errno_map.h"
#include "fd_table.h"
#include "guest_mem.h"
#include "proc_desc.h"
#include "sync_wait.h"
#include "syscalls.h"

// Large enough for any sane program; bounds the runtime's allocation.
#define MAX_SUBSCRIPTIONS 65536

static cloudabi_event_t event_for(const cloudabi_subscription_t *s, cloudabi_errno_t error) {
  cloudabi_event_t ev;
  memset(&ev, 0, sizeof(ev));
  ev.userdata = s->userdata;
  ev.type = s->type;
  ev.error = error;
  return ev;
}

// subscription[0] is LOCK_RDLOCK, LOCK_WRLOCK or CONDVAR, optionally
// followed by one CLOCK: exactly one event results.
static cloudabi_errno_t poll_sync(const cloudabi_subscription_t *subs, size_t n,
                                  cloudabi_event_t *ev) {
  const cloudabi_subscription_t *s = &subs[0];
  struct deadline dl, *dlp = NULL;
  if (n == 2) {
    if (subs[1].type != CLOUDABI_EVENTTYPE_CLOCK)
      return CLOUDABI_EINVAL;
    cloudabi_errno_t e = deadline_from_subscription(&subs[1], &dl);
    if (e != 0) {
      *ev = event_for(&subs[1], e);
      return 0;
    }
    dlp = &dl;
  }
  bool timed_out;
  cloudabi_errno_t e;
  if (s->type == CLOUDABI_EVENTTYPE_CONDVAR) {
    e = sync_check_scope(s->condvar.condvar_scope);
    if (e == 0)
      e = sync_check_scope(s->condvar.lock_scope);
    if (e == 0)
      e = sync_condvar_wait((void *)s->condvar.condvar, s->condvar.condvar_scope,
                            (void *)s->condvar.lock, s->condvar.lock_scope, dlp, &timed_out);
  } else {
    e = sync_check_scope(s->lock.lock_scope);
    if (e == 0)
      e = sync_lock_wait((void *)s->lock.lock, s->lock.lock_scope,
                         s->type == CLOUDABI_EVENTTYPE_LOCK_WRLOCK, dlp, &timed_out);
  }
  if (e == 0 && timed_out)
    *ev = event_for(&subs[1], 0);
  else
    *ev = event_for(s, e);
  return 0;
}

// PROC_TERMINATE: st is proc_desc_check's answer, 1 or an error.
static cloudabi_event_t proc_event(const cloudabi_subscription_t *s, struct fd_object *o,
                                   int st) {
  cloudabi_event_t ev = event_for(s, st == 1 ? 0 : (cloudabi_errno_t)st);
  if (st == 1) {
    ev.proc_terminate.signal = o->proc_signal;
    ev.proc_terminate.exitcode = o->proc_exitcode;
  }
  return ev;
}

struct fd_watch {
  size_t sub;        // index of the subscription
  struct fd_object *object;
};

static cloudabi_errno_t poll_general(const cloudabi_subscription_t *subs, size_t n,
                                     cloudabi_event_t *events, size_t *nevents) {
  struct pollfd *pfds = calloc(n, sizeof(*pfds));
  struct fd_watch *watch = calloc(n, sizeof(*watch));
  bool *clock_ok = calloc(n, sizeof(*clock_ok));
  struct deadline *deadlines = calloc(n, sizeof(*deadlines));
  cloudabi_errno_t err = 0;
  size_t nev = 0, nfds = 0;
  if (pfds == NULL || watch == NULL || clock_ok == NULL || deadlines == NULL) {
    err = CLOUDABI_ENOMEM;
    goto out;
  }
  // Set-up: invalid subscriptions become error events at once.
  const struct deadline *earliest = NULL;
  for (size_t i = 0; i < n; i++) {
    const cloudabi_subscription_t *s = &subs[i];
    switch (s->type) {
      case CLOUDABI_EVENTTYPE_CLOCK: {
        cloudabi_errno_t e = deadline_from_subscription(s, &deadlines[i]);
        if (e != 0) {
          events[nev++] = event_for(s, e);
          break;
        }
        clock_ok[i] = true;
        // Deadlines on different clocks are compared by time remaining.
        if (earliest == NULL) {
          earliest = &deadlines[i];
        } else {
          struct timespec a = deadline_remaining(&deadlines[i]), b = deadline_remaining(earliest);
          if (a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec))
            earliest = &deadlines[i];
        }
        break;
      }
      case CLOUDABI_EVENTTYPE_FD_READ:
      case CLOUDABI_EVENTTYPE_FD_WRITE: {
        bool reading = s->type == CLOUDABI_EVENTTYPE_FD_READ;
        struct fd_entry e;
        cloudabi_errno_t ge = fd_table_get(
            s->fd_readwrite.fd,
            CLOUDABI_RIGHT_POLL_FD_READWRITE |
                (reading ? CLOUDABI_RIGHT_FD_READ : CLOUDABI_RIGHT_FD_WRITE),
            0, &e);
        if (ge != 0) {
          events[nev++] = event_for(s, ge);
          break;
        }
        watch[nfds] = (struct fd_watch){.sub = i, .object = e.object};
        pfds[nfds] = (struct pollfd){.fd = e.object->host_fd, .events = reading ? POLLIN : POLLOUT};
        nfds++;
        break;
      }
      case CLOUDABI_EVENTTYPE_PROC_TERMINATE: {
        struct fd_entry e;
        cloudabi_errno_t ge =
            fd_table_get(s->proc_terminate.fd, CLOUDABI_RIGHT_POLL_PROC_TERMINATE, 0, &e);
        if (ge == 0 && e.object->type != CLOUDABI_FILETYPE_PROCESS) {
          fd_object_unref(e.object);
          ge = CLOUDABI_EINVAL;
        }
        if (ge != 0) {
          events[nev++] = event_for(s, ge);
          break;
        }
        int r = proc_desc_check(e.object);
        if (r != 0) {
          events[nev++] = proc_event(s, e.object, r);
          fd_object_unref(e.object);
          break;
        }
        // A pidfd becomes readable when its process ends.
        watch[nfds] = (struct fd_watch){.sub = i, .object = e.object};
        pfds[nfds] = (struct pollfd){.fd = e.object->host_fd, .events = POLLIN};
        nfds++;
        break;
      }
      default:
        // Locks and condvars are only allowed as the first subscription.
        events[nev++] = event_for(s, CLOUDABI_EINVAL);
        break;
    }
  }

  for (;;) {
    // Block only when nothing is ready yet.
    struct timespec zero = {0, 0}, remaining;
    const struct timespec *timeout = NULL;
    if (nev > 0) {
      timeout = &zero;
    } else if (earliest != NULL) {
      remaining = deadline_remaining(earliest);
      timeout = &remaining;
    }
    int r = 0;
    if (nfds > 0 || timeout == NULL || timeout->tv_sec != 0 || timeout->tv_nsec != 0)
      r = ppoll(pfds, nfds, timeout, NULL);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      err = errno_current();
      goto out;
    }
    for (size_t k = 0; k < nfds && r > 0; k++) {
      if (pfds[k].revents == 0)
        continue;
      const cloudabi_subscription_t *s = &subs[watch[k].sub];
      if (s->type == CLOUDABI_EVENTTYPE_PROC_TERMINATE) {
        int st = proc_desc_check(watch[k].object);
        if (st != 0)
          events[nev++] = proc_event(s, watch[k].object, st);
        continue;
      }
      cloudabi_event_t ev = event_for(s, 0);
      if (pfds[k].revents & POLLNVAL) {
        ev.error = CLOUDABI_EBADF;
      } else {
        if (pfds[k].revents & POLLHUP)
          ev.fd_readwrite.flags |= CLOUDABI_EVENT_FD_READWRITE_HANGUP;
        if (s->type == CLOUDABI_EVENTTYPE_FD_READ) {
          int avail = 0;
          if (ioctl(pfds[k].fd, FIONREAD, &avail) == 0 && avail > 0)
            ev.fd_readwrite.nbytes = (cloudabi_filesize_t)avail;
        }
        if ((pfds[k].revents & POLLERR) && !(pfds[k].revents & (POLLIN | POLLOUT | POLLHUP)))
          ev.error = CLOUDABI_EIO;
      }
      events[nev++] = ev;
    }
    for (size_t i = 0; i < n; i++)
      if (clock_ok[i] && deadline_passed(&deadlines[i]))
        events[nev++] = event_for(&subs[i], 0);
    if (nev > 0)
      break;
  }
out:
  for (size_t k = 0; k < nfds; k++)
    fd_object_unref(watch[k].object);
  free(pfds);
  free(watch);
  free(clock_ok);
  free(deadlines);
  *nevents = nev;
  return err;
}

cloudabi_errno_t sys_poll(const cloudabi_subscription_t *in, cloudabi_event_t *out,
                          size_t nsubscriptions, size_t *nevents) {
  if (nsubscriptions == 0 || nsubscriptions > MAX_SUBSCRIPTIONS)
    return CLOUDABI_EINVAL;
  cloudabi_subscription_t *subs = calloc(nsubscriptions, sizeof(*subs));
  cloudabi_event_t *events = calloc(nsubscriptions, sizeof(*events));
  cloudabi_errno_t e = 0;
  size_t nev = 0;
  if (subs == NULL || events == NULL) {
    e = CLOUDABI_ENOMEM;
    goto out;
  }
  if ((e = guest_copy_in(subs, in, nsubscriptions * sizeof(*subs))) != 0)
    goto out;
  cloudabi_eventtype_t first = subs[0].type;
  if (first == CLOUDABI_EVENTTYPE_LOCK_RDLOCK || first == CLOUDABI_EVENTTYPE_LOCK_WRLOCK ||
      first == CLOUDABI_EVENTTYPE_CONDVAR) {
    if (nsubscriptions > 2) {
      e = CLOUDABI_EINVAL;
      goto out;
    }
    e = poll_sync(subs, nsubscriptions, &events[0]);
    nev = 1;
  } else {
    e = poll_general(subs, nsubscriptions, events, &nev);
  }
  if (e == 0 && (e = guest_copy_out(out, events, nev * sizeof(*events))) == 0)
    e = guest_copy_out(nevents, &nev, sizeof(nev));
out:
  free(subs);
  free(events);
  return e;
}
