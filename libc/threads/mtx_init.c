#include <threads.h>

#include "pthread_impl.h"

int mtx_init(mtx_t *mtx, int type) {
  int base = type & ~mtx_recursive;
  if (base != mtx_plain && base != mtx_timed)
    return thrd_error;
  *mtx = (mtx_t){
      .__type = (type & mtx_recursive) ? PTHREAD_MUTEX_RECURSIVE
                                       : PTHREAD_MUTEX_ERRORCHECK,
  };
  return thrd_success;
}
