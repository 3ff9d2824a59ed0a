#include <uv.h>

void uv_timer_set_repeat(uv_timer_t *t, uint64_t repeat) {
  t->__repeat = repeat;
}
