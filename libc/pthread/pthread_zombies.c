// Detached threads cannot release the stack they run on.  They put
// themselves on this list before their final thread_exit, and the next
// pthread_create releases those whose join word the runtime has unlocked,
// which it does only once the thread no longer uses its memory.
#include "pthread_impl.h"

static libc_lock_t zombies_lock = LIBC_LOCK_INITIALIZER;
// Changed with the lock held; read without it to skip an empty list.
static _Atomic(struct __pthread *) zombies;

void __pthread_zombie_add(struct __pthread *t) {
  libc_lock_acquire(&zombies_lock);
  t->next_zombie = atomic_load_explicit(&zombies, memory_order_relaxed);
  atomic_store_explicit(&zombies, t, memory_order_relaxed);
  libc_lock_release(&zombies_lock);
}

static bool gone(struct __pthread *t) {
  return (atomic_load_explicit(&t->join, memory_order_acquire) &
          CLOUDABI_LOCK_WRLOCKED) == 0 &&
         atomic_load_explicit(&t->published, memory_order_acquire);
}

void __pthread_zombies_reap(void) {
  if (atomic_load_explicit(&zombies, memory_order_relaxed) == NULL)
    return;
  struct __pthread *done = NULL;
  libc_lock_acquire(&zombies_lock);
  struct __pthread *keep = NULL, *t = atomic_load_explicit(&zombies, memory_order_relaxed);
  while (t != NULL) {
    struct __pthread *next = t->next_zombie;
    struct __pthread **list = gone(t) ? &done : &keep;
    t->next_zombie = *list;
    *list = t;
    t = next;
  }
  atomic_store_explicit(&zombies, keep, memory_order_relaxed);
  libc_lock_release(&zombies_lock);
  while (done != NULL) {
    t = done;
    done = t->next_zombie;
    __pthread_unmap(t);
  }
}

// In the child of proc_fork no other thread exists: none of the zombies
// will ever be unlocked by the runtime, and the list's lock may have been
// held by a thread that is not there.
void __pthread_zombies_fork_child(void) {
  libc_lock_reset(&zombies_lock);
  struct __pthread *t = atomic_exchange_explicit(&zombies, NULL, memory_order_relaxed);
  while (t != NULL) {
    struct __pthread *next = t->next_zombie;
    __pthread_unmap(t);
    t = next;
  }
}
