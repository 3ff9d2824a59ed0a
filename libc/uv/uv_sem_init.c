#include <errno.h>

#include <uv.h>

int uv_sem_init(uv_sem_t *s, unsigned int value) {
  return sem_init(s, 0, value) == 0 ? 0 : -errno;
}
