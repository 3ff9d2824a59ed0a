// <mqueue.h>: message queues.
//
// There are no named, system-wide queues: mq_init creates an anonymous
// queue inside the process (shared by its threads) and mq_destroy frees
// it.  Messages are received highest priority first, in sending order
// within a priority.  Sending to a full queue or receiving from an empty
// one blocks, unless the queue's mq_flags has O_NONBLOCK (EAGAIN); the
// timed variants give up at an absolute CLOCK_REALTIME time (ETIMEDOUT).
//
// Omitted, and why:
//   struct sigevent, mq_notify: no signal delivery (no-signals).
//   mq_close, mq_open, mq_unlink: named queues are system-wide objects
//   (global-ipc); use mq_init and mq_destroy.
//
// Extensions: mq_init, mq_destroy.
#ifndef _MQUEUE_H_
#define _MQUEUE_H_

#include <_/struct_timespec.h>
#include <_/types.h>

#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif

typedef struct __mqd *mqd_t;

// Priorities are 0 .. MQ_PRIO_MAX - 1 (also a <limits.h> name in POSIX).
#ifndef MQ_PRIO_MAX
#define MQ_PRIO_MAX 32768
#endif

struct mq_attr {
  long mq_flags;    // 0 or O_NONBLOCK
  long mq_maxmsg;   // capacity in messages
  long mq_msgsize;  // largest message in bytes
  long mq_curmsgs;  // messages queued now
};

_CLOUDLIBC_BEGIN

int mq_destroy(mqd_t);
int mq_getattr(mqd_t, struct mq_attr *);
int mq_init(mqd_t *, const struct mq_attr *);
ssize_t mq_receive(mqd_t, char *, size_t, unsigned int *);
int mq_send(mqd_t, const char *, size_t, unsigned int);
int mq_setattr(mqd_t, const struct mq_attr *_CLOUDLIBC_RESTRICT,
               struct mq_attr *_CLOUDLIBC_RESTRICT);
ssize_t mq_timedreceive(mqd_t, char *_CLOUDLIBC_RESTRICT, size_t,
                        unsigned int *_CLOUDLIBC_RESTRICT,
                        const struct timespec *_CLOUDLIBC_RESTRICT);
int mq_timedsend(mqd_t, const char *, size_t, unsigned int,
                 const struct timespec *);

_CLOUDLIBC_END

#endif
