#include "uv_impl.h"

int uv_tcp_init_ex(uv_loop_t *loop, uv_tcp_t *t, unsigned int flags) {
  int error = __uv_init_ex_flags(flags);
  return error != 0 ? error : uv_tcp_init(loop, t);
}
