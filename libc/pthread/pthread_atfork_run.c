// Internal: running the pthread_atfork handlers around proc_fork (called
// from __libc_fork_prepare, __libc_fork_parent and __libc_fork_child).
#include "atfork_impl.h"

void __atfork_prepare(void) {
  libc_lock_acquire(&__atfork_lock);
  for (size_t i = __atfork_count; i-- > 0;)
    if (__atfork_table[i].prepare != NULL)
      __atfork_table[i].prepare();
}

void __atfork_parent(void) {
  for (size_t i = 0; i < __atfork_count; i++)
    if (__atfork_table[i].parent != NULL)
      __atfork_table[i].parent();
  libc_lock_release(&__atfork_lock);
}

// Runs before __pthread_fork_child: the thread still has the parent's tid,
// so handlers can unlock what the prepare handlers locked, and so can this
// function release the lock __atfork_prepare took.
void __atfork_child(void) {
  for (size_t i = 0; i < __atfork_count; i++)
    if (__atfork_table[i].child != NULL)
      __atfork_table[i].child();
  libc_lock_release(&__atfork_lock);
}
