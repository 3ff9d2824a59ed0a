#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "harness.h"

TEST(priorities_and_order) {
  mqd_t mq;
  struct mq_attr attr = {.mq_maxmsg = 4, .mq_msgsize = 16};
  ASSERT_EQ(mq_init(&mq, &attr), 0);
  ASSERT_EQ(mq_send(mq, "low1", 4, 1), 0);
  ASSERT_EQ(mq_send(mq, "high", 4, 9), 0);
  ASSERT_EQ(mq_send(mq, "low2", 4, 1), 0);
  ASSERT_EQ(mq_send(mq, "", 0, 5), 0);
  struct mq_attr got;
  ASSERT_EQ(mq_getattr(mq, &got), 0);
  ASSERT_EQ(got.mq_curmsgs, 4);
  ASSERT_EQ(got.mq_maxmsg, 4);
  ASSERT_EQ(got.mq_msgsize, 16);
  char buf[16];
  unsigned prio;
  ASSERT_EQ(mq_receive(mq, buf, sizeof(buf), &prio), 4);
  ASSERT_MEMEQ(buf, "high", 4);
  ASSERT_EQ(prio, 9);
  ASSERT_EQ(mq_receive(mq, buf, sizeof(buf), &prio), 0);
  ASSERT_EQ(prio, 5);
  ASSERT_EQ(mq_receive(mq, buf, sizeof(buf), NULL), 4);
  ASSERT_MEMEQ(buf, "low1", 4);
  ASSERT_EQ(mq_receive(mq, buf, sizeof(buf), NULL), 4);
  ASSERT_MEMEQ(buf, "low2", 4);
  ASSERT_EQ(mq_destroy(mq), 0);
}

TEST(errors_and_nonblocking) {
  mqd_t mq;
  struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 4};
  ASSERT_EQ(mq_init(&mq, &(struct mq_attr){.mq_maxmsg = 0, .mq_msgsize = 4}), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(mq_init(&mq, &attr), 0);
  char buf[8];
  ASSERT_EQ(mq_send(mq, "toolong", 7, 0), -1);
  ASSERT_EQ(errno, EMSGSIZE);
  ASSERT_EQ(mq_send(mq, "x", 1, MQ_PRIO_MAX), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(mq_receive(mq, buf, 3, NULL), -1);
  ASSERT_EQ(errno, EMSGSIZE);
  struct mq_attr nb = {.mq_flags = O_NONBLOCK}, old;
  ASSERT_EQ(mq_setattr(mq, &nb, &old), 0);
  ASSERT_EQ(old.mq_flags, 0);
  ASSERT_EQ(mq_receive(mq, buf, sizeof(buf), NULL), -1);
  ASSERT_EQ(errno, EAGAIN);
  ASSERT_EQ(mq_send(mq, "a", 1, 0), 0);
  ASSERT_EQ(mq_send(mq, "b", 1, 0), -1);
  ASSERT_EQ(errno, EAGAIN);
  // Blocking again: a timed send on the full queue times out.
  ASSERT_EQ(mq_setattr(mq, &(struct mq_attr){0}, NULL), 0);
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  t.tv_nsec += 20000000;
  if (t.tv_nsec >= 1000000000) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000;
  }
  ASSERT_EQ(mq_timedsend(mq, "b", 1, 0, &t), -1);
  ASSERT_EQ(errno, ETIMEDOUT);
  ASSERT_EQ(mq_timedsend(mq, "b", 1, 0, &(struct timespec){0, -1}), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(mq_timedreceive(mq, buf, sizeof(buf), NULL, &t), 1);
  ASSERT_EQ(mq_timedreceive(mq, buf, sizeof(buf), NULL, &t), -1);
  ASSERT_EQ(errno, ETIMEDOUT);
  ASSERT_EQ(mq_destroy(mq), 0);
}

static void *producer(void *arg) {
  mqd_t mq = arg;
  for (int i = 0; i < 1000; i++) {
    char m[4];
    memcpy(m, &i, 4);
    if (mq_send(mq, m, 4, 0) != 0)
      return (void *)1;
  }
  return NULL;
}

TEST(threads) {
  // A small queue between two threads: every message arrives, in order.
  mqd_t mq;
  ASSERT_EQ(mq_init(&mq, &(struct mq_attr){.mq_maxmsg = 3, .mq_msgsize = 4}), 0);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, producer, mq), 0);
  for (int i = 0; i < 1000; i++) {
    char m[4];
    ASSERT_EQ(mq_receive(mq, m, 4, NULL), 4);
    int v;
    memcpy(&v, m, 4);
    ASSERT_EQ(v, i);
  }
  void *r;
  ASSERT_EQ(pthread_join(t, &r), 0);
  ASSERT_TRUE(r == NULL);
  ASSERT_EQ(mq_destroy(mq), 0);
}
