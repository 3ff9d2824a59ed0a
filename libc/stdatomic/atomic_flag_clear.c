// Out-of-line form of the <stdatomic.h> macro.
#include <stdatomic.h>

#undef atomic_flag_clear

void atomic_flag_clear(volatile atomic_flag *object) {
  __c11_atomic_store(&object->_Value, 0, __ATOMIC_SEQ_CST);
}
