// Out-of-line form of the <stdatomic.h> macro, for calls that bypass it
// (a parenthesised name, a function pointer).
#include <stdatomic.h>

#undef atomic_signal_fence

void atomic_signal_fence(memory_order order) {
  (void)order;
  __c11_atomic_signal_fence(__ATOMIC_SEQ_CST);
}
