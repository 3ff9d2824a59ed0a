// Out-of-line form of the <stdatomic.h> macro, for calls that bypass it
// (a parenthesised name, a function pointer).
#include <stdatomic.h>

#undef atomic_thread_fence

void atomic_thread_fence(memory_order order) {
  // The order is only known at run time: use the strongest.
  (void)order;
  __c11_atomic_thread_fence(__ATOMIC_SEQ_CST);
}
