// Locks and condition variables: lock_unlock, condvar_signal, and the
// waiting done by poll (sync_wait.h); PRIVATE scope here, SHARED scope in
// sync_shared.c.
//
// Waiting threads sleep on a futex word of their own.  A table of queues
// keyed by guest address records who waits on which lock or condvar; one
// mutex guards the table and every transition of a lock word made by the
// runtime.  Guest words are only touched through guest_mem's fault-safe
// atomics.
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "guest_mem.h"
#include "guest_thread.h"
#include "sync_shared.h"
#include "sync_wait.h"
#include "syscalls.h"

#define MANAGED CLOUDABI_LOCK_KERNEL_MANAGED
#define WRLOCKED CLOUDABI_LOCK_WRLOCKED

enum waiter_place { ON_CONDVAR, ON_LOCK, GRANTED };

struct waiter {
  struct waiter *next;
  cloudabi_tid_t tid;
  bool write;
  uint32_t state;  // futex word: 0 while waiting, 1 once granted
  enum waiter_place place;
  void *lock;      // condvar waiters: the lock to re-acquire
  cloudabi_errno_t error;  // set instead of granting when the lock faults
};

struct wait_queue {
  struct wait_queue *next;
  void *addr;
  void *lock;  // condvar queues: the lock all waiters use
  struct waiter *head;
};

#define NBUCKETS 64
static pthread_mutex_t sync_mutex = PTHREAD_MUTEX_INITIALIZER;
static struct wait_queue *lock_queues[NBUCKETS];
static struct wait_queue *condvar_queues[NBUCKETS];

static struct wait_queue **bucket(struct wait_queue **table, void *addr) {
  uintptr_t a = (uintptr_t)addr;
  return &table[(a >> 2 ^ a >> 9) % NBUCKETS];
}

static struct wait_queue *queue_find(struct wait_queue **table, void *addr, bool create) {
  struct wait_queue **b = bucket(table, addr);
  for (struct wait_queue *q = *b; q != NULL; q = q->next)
    if (q->addr == addr)
      return q;
  if (!create)
    return NULL;
  struct wait_queue *q = calloc(1, sizeof(*q));
  if (q == NULL)
    return NULL;
  q->addr = addr;
  q->next = *b;
  *b = q;
  return q;
}

static void queue_drop_if_empty(struct wait_queue **table, struct wait_queue *q) {
  if (q == NULL || q->head != NULL)
    return;
  for (struct wait_queue **p = bucket(table, q->addr); *p != NULL; p = &(*p)->next)
    if (*p == q) {
      *p = q->next;
      free(q);
      return;
    }
}

static void queue_append(struct wait_queue *q, struct waiter *w) {
  w->next = NULL;
  struct waiter **p = &q->head;
  while (*p != NULL)
    p = &(*p)->next;
  *p = w;
}

static bool queue_remove(struct wait_queue *q, struct waiter *w) {
  for (struct waiter **p = &q->head; *p != NULL; p = &(*p)->next)
    if (*p == w) {
      *p = w->next;
      return true;
    }
  return false;
}

static void grant(struct waiter *w) {
  w->place = GRANTED;
  __atomic_store_n(&w->state, 1, __ATOMIC_RELEASE);
  syscall(SYS_futex, &w->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static cloudabi_tid_t self_tid(void) {
  struct guest_thread *t = guest_thread_current();
  return t != NULL ? t->tid : 0;
}

// Atomically replaces the lock word, whatever it holds.
static cloudabi_errno_t word_store(void *word, uint32_t value) {
  uint32_t cur;
  cloudabi_errno_t e = guest_load32(word, &cur);
  while (e == 0) {
    uint32_t expected = cur;
    e = guest_cas32(word, &expected, value);
    if (e != 0 || expected == cur)
      break;
    cur = expected;
  }
  return e;
}

// Sets or clears bits of a guest word atomically.
static cloudabi_errno_t word_update(void *word, uint32_t set, uint32_t clear) {
  uint32_t cur;
  cloudabi_errno_t e = guest_load32(word, &cur);
  while (e == 0) {
    uint32_t expected = cur;
    e = guest_cas32(word, &expected, (cur | set) & ~clear);
    if (e != 0 || expected == cur)
      break;
    cur = expected;
  }
  return e;
}

// The lock is held by the caller and is being given up: hand it to the
// waiters (writers first) or mark it free.  sync_mutex held.
static void lock_hand_over(void *lock) {
  struct wait_queue *q = queue_find(lock_queues, lock, false);
  if (q == NULL || q->head == NULL) {
    word_store(lock, CLOUDABI_LOCK_UNLOCKED);
    queue_drop_if_empty(lock_queues, q);
    return;
  }
  for (struct waiter *w = q->head; w != NULL; w = w->next) {
    if (!w->write)
      continue;
    queue_remove(q, w);
    word_store(lock, w->tid | WRLOCKED | (q->head != NULL ? MANAGED : 0));
    grant(w);
    queue_drop_if_empty(lock_queues, q);
    return;
  }
  uint32_t readers = 0;
  for (struct waiter *w = q->head; w != NULL; w = w->next)
    readers++;
  word_store(lock, readers);
  while (q->head != NULL) {
    struct waiter *w = q->head;
    q->head = w->next;
    grant(w);
  }
  queue_drop_if_empty(lock_queues, q);
}

// Tries to take the lock for w or queues w on it.  sync_mutex held.
// Returns 0 (granted or queued) or an error.
static cloudabi_errno_t lock_take_or_queue(void *lock, struct waiter *w) {
  for (;;) {
    uint32_t old;
    cloudabi_errno_t e = guest_load32(lock, &old);
    if (e != 0)
      return e;
    if ((old & ~MANAGED) == (w->tid | WRLOCKED))
      return CLOUDABI_EDEADLK;
    uint32_t want;
    if (w->write)
      want = old == 0 ? (w->tid | WRLOCKED) : 0;
    else
      want = (old & (WRLOCKED | MANAGED)) == 0 ? old + 1 : 0;
    if (want != 0) {
      uint32_t expected = old;
      if ((e = guest_cas32(lock, &expected, want)) != 0)
        return e;
      if (expected == old) {
        w->place = GRANTED;
        w->state = 1;
        return 0;
      }
      continue;
    }
    if (!(old & MANAGED)) {
      uint32_t expected = old;
      if ((e = guest_cas32(lock, &expected, old | MANAGED)) != 0)
        return e;
      if (expected != old)
        continue;
    }
    struct wait_queue *q = queue_find(lock_queues, lock, true);
    if (q == NULL)
      return CLOUDABI_ENOMEM;
    w->place = ON_LOCK;
    w->lock = lock;
    queue_append(q, w);
    return 0;
  }
}

// Sleeps until w is granted or dl passes.  Called and returns with
// sync_mutex held.  Returns false on timeout.
static bool sleep_until_granted(struct waiter *w, const struct deadline *dl) {
  while (__atomic_load_n(&w->state, __ATOMIC_ACQUIRE) == 0) {
    if (dl != NULL && deadline_passed(dl))
      return false;
    pthread_mutex_unlock(&sync_mutex);
    int op = FUTEX_WAIT_BITSET_PRIVATE;
    if (dl != NULL && dl->clock == CLOCK_REALTIME)
      op |= FUTEX_CLOCK_REALTIME;
    syscall(SYS_futex, &w->state, op, 0, dl != NULL ? &dl->when : NULL, NULL,
            FUTEX_BITSET_MATCH_ANY);
    pthread_mutex_lock(&sync_mutex);
  }
  return true;
}

// A waiter on a lock gave up: leave the queue, and if nobody else waits
// the runtime no longer manages the lock.
static void lock_abandon(void *lock, struct waiter *w) {
  struct wait_queue *q = queue_find(lock_queues, lock, false);
  if (q != NULL)
    queue_remove(q, w);
  if (q == NULL || q->head == NULL)
    word_update(lock, 0, MANAGED);
  queue_drop_if_empty(lock_queues, q);
}

cloudabi_errno_t sync_lock_wait(void *lock, cloudabi_scope_t scope, bool write,
                                const struct deadline *dl, bool *timed_out) {
  if (scope == CLOUDABI_SCOPE_SHARED)
    return shared_lock_wait(lock, write, dl, timed_out);
  struct waiter w = {.tid = self_tid(), .write = write};
  *timed_out = false;
  pthread_mutex_lock(&sync_mutex);
  cloudabi_errno_t e = lock_take_or_queue(lock, &w);
  if (e == 0 && !sleep_until_granted(&w, dl)) {
    lock_abandon(lock, &w);
    *timed_out = true;
  }
  pthread_mutex_unlock(&sync_mutex);
  return e;
}

static bool caller_holds_write_lock(void *lock, cloudabi_errno_t *e) {
  uint32_t v;
  *e = guest_load32(lock, &v);
  return *e == 0 && (v & ~MANAGED) == (self_tid() | WRLOCKED);
}

cloudabi_errno_t sync_condvar_wait(void *condvar, cloudabi_scope_t condvar_scope, void *lock,
                                   cloudabi_scope_t lock_scope, const struct deadline *dl,
                                   bool *timed_out) {
  // The queues below requeue waiters onto a PRIVATE lock's queue; every
  // other combination waits on the condvar word (sync_shared.c).
  if (condvar_scope == CLOUDABI_SCOPE_SHARED || lock_scope == CLOUDABI_SCOPE_SHARED)
    return shared_condvar_wait(condvar, lock, lock_scope, dl, timed_out);
  struct waiter w = {.tid = self_tid(), .write = true, .lock = lock};
  *timed_out = false;
  pthread_mutex_lock(&sync_mutex);
  cloudabi_errno_t e;
  uint32_t probe;
  if (!caller_holds_write_lock(lock, &e)) {
    pthread_mutex_unlock(&sync_mutex);
    return e != 0 ? e : CLOUDABI_EPERM;
  }
  if ((e = guest_load32(condvar, &probe)) != 0) {
    pthread_mutex_unlock(&sync_mutex);
    return e;
  }
  struct wait_queue *cq = queue_find(condvar_queues, condvar, true);
  if (cq == NULL) {
    pthread_mutex_unlock(&sync_mutex);
    return CLOUDABI_ENOMEM;
  }
  if (cq->head != NULL && cq->lock != lock) {
    pthread_mutex_unlock(&sync_mutex);
    return CLOUDABI_EINVAL;  // a condvar is used with one lock at a time
  }
  cq->lock = lock;
  // Non-zero: signallers must come to the runtime.
  word_store(condvar, UINT32_MAX);
  w.place = ON_CONDVAR;
  queue_append(cq, &w);
  lock_hand_over(lock);

  if (!sleep_until_granted(&w, dl)) {
    *timed_out = true;
    if (w.place == ON_CONDVAR) {
      queue_remove(cq, &w);
      if (cq->head == NULL) {
        word_store(condvar, CLOUDABI_CONDVAR_HAS_NO_WAITERS);
        queue_drop_if_empty(condvar_queues, cq);
      }
      // The lock is re-acquired before returning, even on timeout.
      e = lock_take_or_queue(lock, &w);
    }
    if (e == 0)
      sleep_until_granted(&w, NULL);
  }
  pthread_mutex_unlock(&sync_mutex);
  return e != 0 ? e : w.error;
}

cloudabi_errno_t sync_unlock_scoped(void *lock, cloudabi_scope_t scope) {
  if (scope == CLOUDABI_SCOPE_SHARED)
    return shared_lock_unlock(lock);
  cloudabi_errno_t e;
  pthread_mutex_lock(&sync_mutex);
  if (caller_holds_write_lock(lock, &e))
    lock_hand_over(lock);
  else if (e == 0)
    e = CLOUDABI_EPERM;
  pthread_mutex_unlock(&sync_mutex);
  return e;
}

void sync_release_on_exit(void *lock, cloudabi_scope_t scope) {
  // Not holding the lock is no error here: the thread ends regardless.
  sync_unlock_scoped(lock, scope);
}

cloudabi_errno_t sync_check_scope(cloudabi_scope_t scope) {
  return scope == CLOUDABI_SCOPE_PRIVATE || scope == CLOUDABI_SCOPE_SHARED ? 0
                                                                           : CLOUDABI_EINVAL;
}

void sync_fork_prepare(void) { pthread_mutex_lock(&sync_mutex); }
void sync_fork_parent(void) { pthread_mutex_unlock(&sync_mutex); }

void sync_fork_child(void) {
  // Every waiter belonged to a thread of the parent.  Lock words keep
  // their KERNEL_MANAGED bits: the next unlock finds no queue and simply
  // releases the lock.  Condvars lose their waiters.
  pthread_mutex_init(&sync_mutex, NULL);
  struct wait_queue **tables[] = {lock_queues, condvar_queues};
  for (size_t t = 0; t < 2; t++)
    for (size_t b = 0; b < NBUCKETS; b++)
      while (tables[t][b] != NULL) {
        struct wait_queue *q = tables[t][b];
        tables[t][b] = q->next;
        if (tables[t] == condvar_queues)
          word_store(q->addr, CLOUDABI_CONDVAR_HAS_NO_WAITERS);
        free(q);
      }
}

cloudabi_errno_t sys_lock_unlock(_Atomic(cloudabi_lock_t) *lock, cloudabi_scope_t scope) {
  cloudabi_errno_t e = sync_check_scope(scope);
  if (e != 0)
    return e;
  return sync_unlock_scoped((void *)lock, scope);
}

cloudabi_errno_t sys_condvar_signal(_Atomic(cloudabi_condvar_t) *condvar, cloudabi_scope_t scope,
                                    cloudabi_nthreads_t nwaiters) {
  cloudabi_errno_t e = sync_check_scope(scope);
  if (e != 0)
    return e;
  if (scope == CLOUDABI_SCOPE_SHARED)
    return shared_condvar_signal((void *)condvar, nwaiters);
  pthread_mutex_lock(&sync_mutex);
  struct wait_queue *cq = queue_find(condvar_queues, (void *)condvar, false);
  if (cq == NULL) {
    // No queued waiter: any waiters use the word protocol (a PRIVATE
    // condvar paired with a SHARED lock), or there are none; then the
    // word is left as it was and signalling it is harmless.
    pthread_mutex_unlock(&sync_mutex);
    return shared_condvar_signal((void *)condvar, nwaiters);
  }
  // Signalled waiters move to the lock: they own it when they wake.
  for (cloudabi_nthreads_t i = 0; i < nwaiters && cq != NULL && cq->head != NULL; i++) {
    struct waiter *w = cq->head;
    cq->head = w->next;
    cloudabi_errno_t te = lock_take_or_queue(w->lock, w);
    if (te != 0)
      w->error = te;  // e.g. the lock's memory is gone: the wait fails
    if (te != 0 || w->place == GRANTED)
      grant(w);
  }
  if (cq != NULL && cq->head == NULL) {
    e = word_store((void *)condvar, CLOUDABI_CONDVAR_HAS_NO_WAITERS);
    queue_drop_if_empty(condvar_queues, cq);
  }
  pthread_mutex_unlock(&sync_mutex);
  return e;
}
