// Out-of-line form of the <stdatomic.h> macro.  The order is passed on at
// run time, so the strongest order is used whatever it is.
#include <stdatomic.h>

#undef atomic_flag_clear_explicit

void atomic_flag_clear_explicit(volatile atomic_flag *object,
                                memory_order order) {
  __c11_atomic_store(&object->_Value, 0, __ATOMIC_SEQ_CST);
}
