// Storage for exit handlers: a first block in static memory so atexit works
// without malloc, further blocks from malloc.
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <cloudabi_syscalls.h>

#include "atexit.h"

#define HANDLERS_PER_BLOCK 32

struct handler_block {
  struct handler_block *older;
  unsigned count;
  struct {
    void (*fn)(void *);
    void *arg;
    bool with_arg;
  } entries[HANDLERS_PER_BLOCK];
};

struct exit_handlers {
  atomic_flag busy;
  struct handler_block *newest;
  struct handler_block first;
};

struct exit_handlers __atexit_handlers = {.busy = ATOMIC_FLAG_INIT};
struct exit_handlers __at_quick_exit_handlers = {.busy = ATOMIC_FLAG_INIT};

// Registration is rare; a yielding spin lock keeps this independent of the
// threads library.
static void lock(struct exit_handlers *h) {
  while (atomic_flag_test_and_set_explicit(&h->busy, memory_order_acquire))
    cloudabi_sys_thread_yield();
}

static void unlock(struct exit_handlers *h) {
  atomic_flag_clear_explicit(&h->busy, memory_order_release);
}

int __exit_handlers_add(struct exit_handlers *h, void (*fn)(void *), void *arg,
                        bool with_arg) {
  lock(h);
  if (h->newest == NULL)
    h->newest = &h->first;
  struct handler_block *b = h->newest;
  if (b->count == HANDLERS_PER_BLOCK) {
    struct handler_block *nb = calloc(1, sizeof(*nb));
    if (nb == NULL) {
      unlock(h);
      return -1;
    }
    nb->older = b;
    h->newest = b = nb;
  }
  b->entries[b->count].fn = fn;
  b->entries[b->count].arg = arg;
  b->entries[b->count].with_arg = with_arg;
  b->count++;
  unlock(h);
  return 0;
}

void __exit_handlers_run(struct exit_handlers *h) {
  for (;;) {
    lock(h);
    struct handler_block *b = h->newest;
    if (b == NULL || (b->count == 0 && b->older == NULL)) {
      unlock(h);
      return;
    }
    if (b->count == 0) {
      // Blocks from malloc are not freed: exit is under way.
      h->newest = b->older;
      unlock(h);
      continue;
    }
    b->count--;
    void (*fn)(void *) = b->entries[b->count].fn;
    void *arg = b->entries[b->count].arg;
    bool with_arg = b->entries[b->count].with_arg;
    unlock(h);
    if (with_arg)
      fn(arg);
    else
      ((void (*)(void))fn)();
  }
}
