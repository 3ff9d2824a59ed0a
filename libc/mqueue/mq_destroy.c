#include <mqueue.h>
#include <stdlib.h>

#include "mqueue_impl.h"

// The queue must no longer be in use by other threads.
int mq_destroy(mqd_t mq) {
  pthread_cond_destroy(&mq->not_full);
  pthread_cond_destroy(&mq->not_empty);
  pthread_mutex_destroy(&mq->lock);
  free(mq->data);
  free(mq->slots);
  free(mq);
  return 0;
}
