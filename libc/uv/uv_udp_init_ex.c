#include "uv_impl.h"

int uv_udp_init_ex(uv_loop_t *loop, uv_udp_t *u, unsigned int flags) {
  int error = __uv_init_ex_flags(flags);
  return error != 0 ? error : uv_udp_init(loop, u);
}
