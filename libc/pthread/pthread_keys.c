#include "pthread_impl.h"

struct pthread_key_slot __pthread_keys[PTHREAD_KEYS_MAX];
libc_lock_t __pthread_keys_lock = LIBC_LOCK_INITIALIZER;
