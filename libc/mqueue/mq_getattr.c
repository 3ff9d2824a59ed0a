#include <mqueue.h>

#include "mqueue_impl.h"

int mq_getattr(mqd_t mq, struct mq_attr *attr) {
  pthread_mutex_lock(&mq->lock);
  *attr = (struct mq_attr){
      .mq_flags = mq->flags,
      .mq_maxmsg = mq->maxmsg,
      .mq_msgsize = mq->msgsize,
      .mq_curmsgs = mq->curmsgs,
  };
  pthread_mutex_unlock(&mq->lock);
  return 0;
}
