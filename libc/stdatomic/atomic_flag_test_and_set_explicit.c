// Out-of-line form of the <stdatomic.h> macro.  The order is passed on at
// run time, so the strongest order is used whatever it is.
#include <stdatomic.h>

#undef atomic_flag_test_and_set_explicit

_Bool atomic_flag_test_and_set_explicit(volatile atomic_flag *object,
                                        memory_order order) {
  return __c11_atomic_exchange(&object->_Value, 1, __ATOMIC_SEQ_CST);
}
