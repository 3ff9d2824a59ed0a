#include <pthread.h>

#include "uv_impl.h"

// One pool for all loops, started by the first request that needs it.
#define POOL_THREADS 4

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_cond = PTHREAD_COND_INITIALIZER;
static struct __uv_queue pool_queue = {&pool_queue, &pool_queue};
static pthread_once_t pool_once = PTHREAD_ONCE_INIT;

// Wakes the loop before releasing the lock: once the loop has seen the
// item (and possibly been closed) this thread no longer touches it.
static void finish(struct __uv_work *w) {
  uv_loop_t *loop = w->__loop;
  pthread_mutex_lock(&loop->__done_lock);
  __uv_queue_insert_tail(&loop->__done, &w->__node);
  __uv_loop_wake(loop);
  pthread_mutex_unlock(&loop->__done_lock);
}

static void *worker(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&pool_lock);
    while (__uv_queue_empty(&pool_queue))
      pthread_cond_wait(&pool_cond, &pool_lock);
    struct __uv_work *w = __uv_container(pool_queue.__next, struct __uv_work, __node);
    __uv_queue_remove(&w->__node);
    w->__state = UV__WORK_RUNNING;
    pthread_mutex_unlock(&pool_lock);
    w->__work(w);
    pthread_mutex_lock(&pool_lock);
    w->__state = UV__WORK_DONE;
    pthread_mutex_unlock(&pool_lock);
    finish(w);
  }
  return NULL;
}

static void start_pool(void) {
  for (int i = 0; i < POOL_THREADS; ++i) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, NULL) == 0)
      pthread_detach(t);
  }
}

void __uv_work_submit(uv_loop_t *loop, struct __uv_work *w,
                      void (*work)(struct __uv_work *),
                      void (*done)(struct __uv_work *, int)) {
  pthread_once(&pool_once, start_pool);
  w->__loop = loop;
  w->__work = work;
  w->__done = done;
  pthread_mutex_lock(&pool_lock);
  w->__state = UV__WORK_QUEUED;
  __uv_queue_insert_tail(&pool_queue, &w->__node);
  pthread_cond_signal(&pool_cond);
  pthread_mutex_unlock(&pool_lock);
}

int __uv_work_cancel(struct __uv_work *w) {
  pthread_mutex_lock(&pool_lock);
  bool queued = w->__state == UV__WORK_QUEUED;
  if (queued) {
    __uv_queue_remove(&w->__node);
    w->__state = UV__WORK_CANCELED;
  }
  pthread_mutex_unlock(&pool_lock);
  if (!queued)
    return UV_EBUSY;
  finish(w);
  return 0;
}

void __uv_work_done_run(uv_loop_t *loop) {
  struct __uv_queue todo;
  pthread_mutex_lock(&loop->__done_lock);
  __uv_queue_move(&loop->__done, &todo);
  pthread_mutex_unlock(&loop->__done_lock);
  while (!__uv_queue_empty(&todo)) {
    struct __uv_work *w = __uv_container(todo.__next, struct __uv_work, __node);
    __uv_queue_remove(&w->__node);
    w->__done(w, w->__state == UV__WORK_CANCELED ? UV_ECANCELED : 0);
  }
}
