#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdlib.h>

#include "mqueue_impl.h"

int mq_init(mqd_t *mqdes, const struct mq_attr *attr) {
  if (attr == NULL || attr->mq_maxmsg <= 0 || attr->mq_msgsize <= 0 ||
      (attr->mq_flags & ~O_NONBLOCK) != 0) {
    errno = EINVAL;
    return -1;
  }
  size_t maxmsg = (size_t)attr->mq_maxmsg, msgsize = (size_t)attr->mq_msgsize;
  if (maxmsg > SIZE_MAX / msgsize || maxmsg > SIZE_MAX / sizeof(struct mq_slot)) {
    errno = ENOMEM;
    return -1;
  }
  struct __mqd *mq = malloc(sizeof(*mq));
  struct mq_slot *slots = calloc(maxmsg, sizeof(*slots));
  char *data = malloc(maxmsg * msgsize);
  if (mq == NULL || slots == NULL || data == NULL) {
    free(mq);
    free(slots);
    free(data);
    errno = ENOMEM;
    return -1;
  }
  *mq = (struct __mqd){
      .flags = attr->mq_flags,
      .maxmsg = attr->mq_maxmsg,
      .msgsize = attr->mq_msgsize,
      .slots = slots,
      .data = data,
  };
  pthread_mutex_init(&mq->lock, NULL);
  pthread_cond_init(&mq->not_empty, NULL);
  pthread_cond_init(&mq->not_full, NULL);
  *mqdes = mq;
  return 0;
}
