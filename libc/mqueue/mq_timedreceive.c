#include <errno.h>
#include <mqueue.h>
#include <string.h>

#include "mqueue_impl.h"

static bool has_message(const struct __mqd *mq) {
  return mq->curmsgs > 0;
}

ssize_t mq_timedreceive(mqd_t mq, char *restrict msg, size_t len,
                        unsigned int *restrict prio,
                        const struct timespec *restrict abstime) {
  if (len < (size_t)mq->msgsize) {
    errno = EMSGSIZE;
    return -1;
  }
  pthread_mutex_lock(&mq->lock);
  int error = mq_wait(mq, &mq->not_empty, has_message, abstime);
  if (error != 0) {
    pthread_mutex_unlock(&mq->lock);
    errno = error;
    return -1;
  }
  // Highest priority, then oldest.
  long best = -1;
  for (long i = 0; i < mq->maxmsg; i++) {
    const struct mq_slot *s = &mq->slots[i];
    if (s->used && (best < 0 || s->prio > mq->slots[best].prio ||
                    (s->prio == mq->slots[best].prio &&
                     s->seq < mq->slots[best].seq)))
      best = i;
  }
  struct mq_slot *s = &mq->slots[best];
  size_t n = s->len;
  memcpy(msg, mq->data + (size_t)best * (size_t)mq->msgsize, n);
  if (prio != NULL)
    *prio = s->prio;
  s->used = false;
  mq->curmsgs--;
  pthread_cond_signal(&mq->not_full);
  pthread_mutex_unlock(&mq->lock);
  return (ssize_t)n;
}
