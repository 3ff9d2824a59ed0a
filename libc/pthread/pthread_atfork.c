#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "atfork_impl.h"

libc_lock_t __atfork_lock = LIBC_LOCK_INITIALIZER;
struct atfork_handlers *__atfork_table;
size_t __atfork_count;
static size_t capacity;

int pthread_atfork(void (*prepare)(void), void (*parent)(void),
                   void (*child)(void)) {
  libc_lock_acquire(&__atfork_lock);
  if (__atfork_count == capacity) {
    size_t grown = capacity == 0 ? 8 : capacity * 2;
    struct atfork_handlers *table =
        realloc(__atfork_table, grown * sizeof(*table));
    if (table == NULL) {
      libc_lock_release(&__atfork_lock);
      return ENOMEM;
    }
    __atfork_table = table;
    capacity = grown;
  }
  __atfork_table[__atfork_count++] =
      (struct atfork_handlers){prepare, parent, child};
  libc_lock_release(&__atfork_lock);
  return 0;
}
