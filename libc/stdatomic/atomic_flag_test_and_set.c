// Out-of-line form of the <stdatomic.h> macro.
#include <stdatomic.h>

#undef atomic_flag_test_and_set

_Bool atomic_flag_test_and_set(volatile atomic_flag *object) {
  return __c11_atomic_exchange(&object->_Value, 1, __ATOMIC_SEQ_CST);
}
