#include <errno.h>
#include <limits.h>
#include <mqueue.h>
#include <string.h>

#include "mqueue_impl.h"

static bool has_room(const struct __mqd *mq) {
  return mq->curmsgs < mq->maxmsg;
}

int mq_timedsend(mqd_t mq, const char *msg, size_t len, unsigned int prio,
                 const struct timespec *abstime) {
  if (len > (size_t)mq->msgsize) {
    errno = EMSGSIZE;
    return -1;
  }
  if (prio >= MQ_PRIO_MAX) {
    errno = EINVAL;
    return -1;
  }
  pthread_mutex_lock(&mq->lock);
  int error = mq_wait(mq, &mq->not_full, has_room, abstime);
  if (error != 0) {
    pthread_mutex_unlock(&mq->lock);
    errno = error;
    return -1;
  }
  long i = 0;
  while (mq->slots[i].used)
    i++;
  mq->slots[i] = (struct mq_slot){
      .used = true, .prio = prio, .seq = mq->next_seq++, .len = len};
  memcpy(mq->data + (size_t)i * (size_t)mq->msgsize, msg, len);
  mq->curmsgs++;
  pthread_cond_signal(&mq->not_empty);
  pthread_mutex_unlock(&mq->lock);
  return 0;
}
