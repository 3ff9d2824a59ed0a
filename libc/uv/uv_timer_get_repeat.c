#include <uv.h>

uint64_t uv_timer_get_repeat(const uv_timer_t *t) {
  return t->__repeat;
}
