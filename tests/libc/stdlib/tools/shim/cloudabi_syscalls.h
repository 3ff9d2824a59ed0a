#include <stddef.h>
#include <stdint.h>
uint16_t cloudabi_sys_random_get(void *buf, size_t len);
