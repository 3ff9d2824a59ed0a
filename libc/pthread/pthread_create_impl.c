#include <cloudabi_syscalls.h>
#include <errno.h>
#include <string.h>

#include "pthread_impl.h"
#include "signal_impl.h"
#include "startup.h"
#include "tls.h"

static size_t round_up(size_t n, size_t to) {
  return (n + to - 1) / to * to;
}

int __pthread_create(pthread_t *thread, const pthread_attr_t *attr,
                     void *(*start)(void *), int (*start_c11)(void *),
                     void *arg) {
  __pthread_zombies_reap();
  // Make sure the creator's own descriptor and tid exist before a second
  // thread can look at them.
  pthread_current();

  size_t page = __startup.pagesz != 0 ? __startup.pagesz : 4096;
  size_t stack_size = PTHREAD_DEFAULT_STACK_SIZE, guard = page;
  void *user_stack = NULL;
  bool detached = false;
  if (attr != NULL) {
    stack_size = attr->__stacksize;
    guard = round_up(attr->__guardsize, page);
    user_stack = attr->__stackaddr;
    detached = attr->__detachstate == PTHREAD_CREATE_DETACHED;
  }
  if (stack_size > SIZE_MAX / 4)
    return EAGAIN;
  size_t stack = round_up(stack_size, page);
  size_t meta = round_up(sizeof(struct __pthread) + tls_area_size(&__tls_image), page);
  // The unsafe stack is as large as the stack: SafeStack moves a function's
  // arrays and address-taken variables there.
  size_t len = guard + stack + meta;
  if (user_stack == NULL)
    len += guard + stack;

  bool own_stack = user_stack == NULL;
  char *p = __pthread_cache_take(len, guard, stack, own_stack);
  void *map = p;
  size_t area = sizeof(struct __pthread) + tls_area_size(&__tls_image);
  char *unsafe_top;
  if (p != NULL) {
    // A released thread's mapping: its guards are still protected, but its
    // descriptor and TLS hold the old thread's values.
    if (own_stack)
      p += guard + stack;
    unsafe_top = p + guard + stack;
    memset(unsafe_top, 0, area);
  } else {
    if (cloudabi_sys_mem_map(NULL, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                             CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE,
                             CLOUDABI_MAP_ANON_FD, 0, &map) != 0)
      return EAGAIN;
    p = map;
    if (own_stack) {
      if (guard != 0 && cloudabi_sys_mem_protect(p, guard, 0) != 0)
        goto fail;
      p += guard + stack;
    }
    if (guard != 0 && cloudabi_sys_mem_protect(p, guard, 0) != 0)
      goto fail;
    unsafe_top = p + guard + stack;
  }
  char *stack_base = own_stack ? (char *)map + guard : user_stack;
  struct __pthread *t = (struct __pthread *)unsafe_top;

  // The area is zero (fresh or cleared above): only non-zero fields are
  // stored.
  atomic_init(&t->join, CLOUDABI_LOCK_BOGUS);
  atomic_init(&t->state, detached ? PTHREAD_STATE_DETACHED : PTHREAD_STATE_JOINABLE);
  t->start = start;
  t->start_c11 = start_c11;
  t->arg = arg;
  t->tcb = tls_layout(&__tls_image, t + 1);
  t->unsafe_stack = (void *)((uintptr_t)unsafe_top & ~(uintptr_t)15);
  t->map = map;
  t->map_len = len;
  t->map_guard = guard;
  t->map_stack = stack;
  t->map_own_stack = own_stack;
  t->sigmask = __signal_blocked;

  cloudabi_threadattr_t ta = {
      .entry_point = __pthread_entry,
      .stack = stack_base,
      .stack_len = user_stack != NULL ? stack_size : stack,
      .argument = t,
  };
  // Count the thread before it can run, so that its exit never sees the
  // count drop to zero while this thread is still alive.
  atomic_fetch_add_explicit(&__pthread_running, 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&__pthread_mapped_bytes, len, memory_order_relaxed);
  cloudabi_tid_t tid;
  cloudabi_errno_t error = cloudabi_sys_thread_create(&ta, &tid);
  if (error != 0) {
    atomic_fetch_sub_explicit(&__pthread_running, 1, memory_order_relaxed);
    atomic_fetch_sub_explicit(&__pthread_mapped_bytes, len, memory_order_relaxed);
    cloudabi_sys_mem_unmap(map, len);
    return error == CLOUDABI_EINVAL ? EINVAL : EAGAIN;
  }
  cloudabi_lock_t bogus = CLOUDABI_LOCK_BOGUS;
  atomic_compare_exchange_strong_explicit(&t->join, &bogus,
                                          tid | CLOUDABI_LOCK_WRLOCKED,
                                          memory_order_relaxed,
                                          memory_order_relaxed);
  // From here on the mapping may be released as soon as the thread is gone
  // (if it is or becomes detached): no more accesses to *t.
  atomic_store_explicit(&t->published, true, memory_order_release);
  *thread = t;
  return 0;

fail:
  cloudabi_sys_mem_unmap(map, len);
  return EAGAIN;
}
