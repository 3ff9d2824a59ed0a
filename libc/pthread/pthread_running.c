#include "pthread_impl.h"

atomic_size_t __pthread_running = 1;
atomic_size_t __pthread_mapped_bytes;
