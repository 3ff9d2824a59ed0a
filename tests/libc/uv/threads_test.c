// uv_async_send from other threads (coalescing), the thread pool
// (uv_queue_work, uv_cancel) and the thread and synchronization wrappers.
#include <string.h>
#include <time.h>
#include <uv.h>

#include "harness.h"
#include "uvtest.h"

static uv_async_t async;
static int async_calls;
static int sends_done;
static int senders_left;

static void async_cb(uv_async_t *h) {
  ++async_calls;
  if (__atomic_load_n(&sends_done, __ATOMIC_ACQUIRE))
    uv_close((uv_handle_t *)h, NULL);
}

// The last sender to finish marks the end and sends once more, so the
// callback that sees the mark runs after every send.
static void sender(void *arg) {
  for (int i = 0; i < 1000; ++i)
    ASSERT_EQ(uv_async_send(&async), 0);
  if (__atomic_sub_fetch(&senders_left, 1, __ATOMIC_ACQ_REL) == 0) {
    __atomic_store_n(&sends_done, 1, __ATOMIC_RELEASE);
    ASSERT_EQ(uv_async_send(&async), 0);
  }
}

TEST(async_from_threads) {
  uv_loop_t loop;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  ASSERT_EQ(uv_async_init(&loop, &async, async_cb), 0);
  ASSERT_TRUE(uv_is_active((uv_handle_t *)&async));
  async_calls = 0;
  sends_done = 0;
  // Sends before the loop runs are coalesced into one callback.
  for (int i = 0; i < 10; ++i)
    ASSERT_EQ(uv_async_send(&async), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_NOWAIT), 1);
  ASSERT_EQ(async_calls, 1);
  ASSERT_EQ(uv_run(&loop, UV_RUN_NOWAIT), 1);
  ASSERT_EQ(async_calls, 1);

  // The loop blocks in poll (only the async handle is active) and is woken
  // by the other threads.
  senders_left = 3;
  uv_thread_t t[3];
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(uv_thread_create(&t[i], sender, NULL), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(uv_thread_join(&t[i]), 0);
  ASSERT_TRUE(async_calls >= 2);
  ASSERT_TRUE(async_calls <= 3002);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static uv_thread_t loop_thread;
static int work_ran[8];
static int after_status[8];
static int after_calls;
static int started;
static uv_sem_t gate;

// The pool has four threads: items 0-3 hold all of them until the gate
// opens, so items 4-7 cannot start before that.
static void work_cb(uv_work_t *req) {
  int i = (int)(intptr_t)req->data;
  uv_thread_t self = uv_thread_self();
  work_ran[i] = !uv_thread_equal(&self, &loop_thread);
  __atomic_add_fetch(&started, 1, __ATOMIC_ACQ_REL);
  if (i < 4)
    uv_sem_wait(&gate);
}

static void after_cb(uv_work_t *req, int status) {
  int i = (int)(intptr_t)req->data;
  uv_thread_t self = uv_thread_self();
  ASSERT_TRUE(uv_thread_equal(&self, &loop_thread));
  after_status[i] = status;
  ++after_calls;
}

static void release_gate(uv_timer_t *t) {
  for (int i = 0; i < 4; ++i)
    uv_sem_post(&gate);
  uv_close((uv_handle_t *)t, NULL);
}

TEST(work_queue_and_cancel) {
  uv_loop_t loop;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  loop_thread = uv_thread_self();
  ASSERT_EQ(uv_sem_init(&gate, 0), 0);
  uv_work_t req[8];
  memset(work_ran, 0, sizeof(work_ran));
  after_calls = 0;
  started = 0;
  ASSERT_EQ(uv_queue_work(&loop, &req[0], NULL, after_cb), UV_EINVAL);
  for (int i = 0; i < 4; ++i) {
    req[i].data = (void *)(intptr_t)i;
    ASSERT_EQ(uv_queue_work(&loop, &req[i], work_cb, after_cb), 0);
    ASSERT_EQ(req[i].type, UV_WORK);
  }
  for (int i = 0; i < 400 && __atomic_load_n(&started, __ATOMIC_ACQUIRE) < 4; ++i)
    sleep_ms(5);
  ASSERT_EQ(started, 4);
  ASSERT_EQ(uv_cancel((uv_req_t *)&req[0]), UV_EBUSY);  // running
  ASSERT_TRUE(uv_loop_alive(&loop));
  for (int i = 4; i < 8; ++i) {
    req[i].data = (void *)(intptr_t)i;
    ASSERT_EQ(uv_queue_work(&loop, &req[i], work_cb, after_cb), 0);
  }
  for (int i = 4; i < 8; ++i)
    ASSERT_EQ(uv_cancel((uv_req_t *)&req[i]), 0);
  uv_timer_t timer;
  ASSERT_EQ(uv_timer_init(&loop, &timer), 0);
  ASSERT_EQ(uv_timer_start(&timer, release_gate, 20, 0), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(after_calls, 8);
  for (int i = 0; i < 4; ++i) {
    ASSERT_EQ(after_status[i], 0);
    ASSERT_TRUE(work_ran[i]);  // on a pool thread
  }
  for (int i = 4; i < 8; ++i) {
    ASSERT_EQ(after_status[i], UV_ECANCELED);
    ASSERT_FALSE(work_ran[i]);
  }
  ASSERT_EQ(uv_cancel((uv_req_t *)&req[1]), UV_EBUSY);  // finished
  uv_req_t other;
  other.type = UV_WRITE;
  ASSERT_EQ(uv_cancel(&other), UV_EINVAL);  // only pool requests
  uv_sem_destroy(&gate);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static uv_mutex_t mutex;
static uv_cond_t cond;
static int counter;
static uv_key_t key;
static uv_barrier_t barrier;
static int serial_count;

static void worker(void *arg) {
  for (int i = 0; i < 1000; ++i) {
    uv_mutex_lock(&mutex);
    ++counter;
    uv_mutex_unlock(&mutex);
  }
  uv_key_set(&key, arg);
  ASSERT_TRUE(uv_key_get(&key) == arg);
  if (uv_barrier_wait(&barrier) > 0)
    __atomic_add_fetch(&serial_count, 1, __ATOMIC_RELAXED);
}

static int once_calls;
static void once_cb(void) {
  ++once_calls;
}

TEST(threads_and_locks) {
  ASSERT_EQ(uv_mutex_init(&mutex), 0);
  ASSERT_EQ(uv_key_create(&key), 0);
  ASSERT_EQ(uv_barrier_init(&barrier, 4), 0);
  counter = 0;
  serial_count = 0;
  uv_thread_t t[4];
  int args[4];
  for (int i = 0; i < 4; ++i)
    ASSERT_EQ(uv_thread_create(&t[i], worker, &args[i]), 0);
  for (int i = 0; i < 4; ++i)
    ASSERT_EQ(uv_thread_join(&t[i]), 0);
  ASSERT_EQ(counter, 4000);
  ASSERT_EQ(serial_count, 1);
  ASSERT_TRUE(uv_key_get(&key) == NULL);
  uv_key_delete(&key);
  uv_barrier_destroy(&barrier);

  uv_mutex_lock(&mutex);
  ASSERT_EQ(uv_mutex_trylock(&mutex), UV_EBUSY);
  uv_mutex_unlock(&mutex);
  ASSERT_EQ(uv_mutex_trylock(&mutex), 0);
  uv_mutex_unlock(&mutex);

  uv_mutex_t rec;
  ASSERT_EQ(uv_mutex_init_recursive(&rec), 0);
  uv_mutex_lock(&rec);
  ASSERT_EQ(uv_mutex_trylock(&rec), 0);
  uv_mutex_unlock(&rec);
  uv_mutex_unlock(&rec);
  uv_mutex_destroy(&rec);

  uv_rwlock_t rw;
  ASSERT_EQ(uv_rwlock_init(&rw), 0);
  uv_rwlock_rdlock(&rw);
  ASSERT_EQ(uv_rwlock_tryrdlock(&rw), 0);
  ASSERT_EQ(uv_rwlock_trywrlock(&rw), UV_EBUSY);
  uv_rwlock_rdunlock(&rw);
  uv_rwlock_rdunlock(&rw);
  uv_rwlock_wrlock(&rw);
  ASSERT_EQ(uv_rwlock_tryrdlock(&rw), UV_EBUSY);
  uv_rwlock_wrunlock(&rw);
  uv_rwlock_destroy(&rw);

  uv_sem_t sem;
  ASSERT_EQ(uv_sem_init(&sem, 1), 0);
  ASSERT_EQ(uv_sem_trywait(&sem), 0);
  ASSERT_EQ(uv_sem_trywait(&sem), UV_EAGAIN);
  uv_sem_post(&sem);
  uv_sem_wait(&sem);
  uv_sem_destroy(&sem);

  ASSERT_EQ(uv_cond_init(&cond), 0);
  uv_mutex_lock(&mutex);
  uint64_t t0 = uv_hrtime();
  ASSERT_EQ(uv_cond_timedwait(&cond, &mutex, 20000000u), UV_ETIMEDOUT);
  ASSERT_TRUE(uv_hrtime() - t0 >= 20000000u);
  uv_mutex_unlock(&mutex);
  uv_cond_signal(&cond);
  uv_cond_broadcast(&cond);
  uv_cond_destroy(&cond);
  uv_mutex_destroy(&mutex);

  static uv_once_t once = UV_ONCE_INIT;
  once_calls = 0;
  uv_once(&once, once_cb);
  uv_once(&once, once_cb);
  ASSERT_EQ(once_calls, 1);
}
