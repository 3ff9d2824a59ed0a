#include "uv_impl.h"

void uv_print_all_handles(uv_loop_t *loop, FILE *stream) {
  __uv_print_handles(loop, false, stream);
}
