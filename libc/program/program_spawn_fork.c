// Internal: the library's fork handlers (see libc_fork.h).
#include "atfork_impl.h"
#include "libc_fork.h"
#include "malloc_impl.h"
#include "pthread_impl.h"
#include "rand48.h"
#include "rand_chacha.h"
#include "signal_impl.h"
#include "tz_impl.h"

// pthread_atfork's handlers run outside the library's own fork handling:
// prepare handlers before the allocator is locked (they may allocate),
// parent and child handlers once it works again.
void __libc_fork_prepare(void) {
  __atfork_prepare();
  __malloc_fork_prepare();
}

void __libc_fork_parent(void) {
  __malloc_fork_parent();
  __atfork_parent();
}

void __libc_fork_child(cloudabi_tid_t tid) {
  // The allocator's locks are released while the thread still carries the
  // parent's tid, which took them; so are the mutexes that pthread_atfork
  // prepare handlers took, by the child handlers.  Then the thread takes
  // its new tid.
  __malloc_fork_child();
  __arc4random_fork_child();
  __rand48_fork_child();
  __tz_fork_child();
  __signal_fork_child();
  __atfork_child();
  __pthread_fork_child(tid);
}
