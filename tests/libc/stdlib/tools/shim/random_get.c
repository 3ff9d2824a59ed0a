#include <sys/random.h>
#include <stdint.h>
uint16_t cloudabi_sys_random_get(void *buf, size_t len) { return getrandom(buf, len, 0) == (ssize_t)len ? 0 : 29; }
