// Internal: an in-process message queue.  Messages sit in maxmsg fixed
// slots of msgsize bytes; each used slot records its priority and a
// sequence number, and receiving scans for the highest priority, then the
// lowest sequence number (queues are small; a scan is O(maxmsg)).
#ifndef LIBC_INTERNAL_MQUEUE_IMPL_H
#define LIBC_INTERNAL_MQUEUE_IMPL_H

#include <mqueue.h>
#include <pthread.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <time.h>

struct mq_slot {
  bool used;
  unsigned int prio;
  uint64_t seq;
  size_t len;
};

struct __mqd {
  pthread_mutex_t lock;
  pthread_cond_t not_empty, not_full;
  long flags;
  long maxmsg, msgsize, curmsgs;
  uint64_t next_seq;
  struct mq_slot *slots;
  char *data;  // maxmsg * msgsize bytes
};

// Waits on cond until pred(mq) holds; abstime NULL waits forever.  Returns
// 0, EAGAIN (non-blocking queue), ETIMEDOUT or EINVAL (bad abstime when a
// wait is needed).  Called with the lock held.
static inline int mq_wait(struct __mqd *mq, pthread_cond_t *cond,
                          bool (*ready)(const struct __mqd *),
                          const struct timespec *abstime) {
  while (!ready(mq)) {
    if (mq->flags & O_NONBLOCK)
      return EAGAIN;
    if (abstime != NULL) {
      if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000)
        return EINVAL;
      int r = pthread_cond_timedwait(cond, &mq->lock, abstime);
      if (r == ETIMEDOUT && !ready(mq))
        return ETIMEDOUT;
    } else {
      pthread_cond_wait(cond, &mq->lock);
    }
  }
  return 0;
}

#endif
