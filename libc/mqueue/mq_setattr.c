#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>

#include "mqueue_impl.h"

// Only O_NONBLOCK in mq_flags can change.
int mq_setattr(mqd_t mq, const struct mq_attr *restrict attr,
               struct mq_attr *restrict oattr) {
  if ((attr->mq_flags & ~O_NONBLOCK) != 0) {
    errno = EINVAL;
    return -1;
  }
  if (oattr != NULL)
    mq_getattr(mq, oattr);
  pthread_mutex_lock(&mq->lock);
  mq->flags = attr->mq_flags;
  pthread_mutex_unlock(&mq->lock);
  // Waiters may now have to fail with EAGAIN.
  pthread_cond_broadcast(&mq->not_empty);
  pthread_cond_broadcast(&mq->not_full);
  return 0;
}
