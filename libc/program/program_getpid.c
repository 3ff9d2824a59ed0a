#include <program.h>
#include <stdatomic.h>

#include "startup.h"

// Formatted once; later calls return the same string.
static char uuid[37];
static atomic_int state;  // 0: not formatted, 1: formatting, 2: ready

const char *program_getpid(void) {
  if (atomic_load_explicit(&state, memory_order_acquire) == 2)
    return uuid;
  int expected = 0;
  if (atomic_compare_exchange_strong(&state, &expected, 1)) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *pid = __startup.pid;
    if (pid != NULL) {
      char *out = uuid;
      for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
          *out++ = '-';
        *out++ = hex[pid[i] >> 4];
        *out++ = hex[pid[i] & 0xf];
      }
      *out = '\0';
    }
    atomic_store_explicit(&state, 2, memory_order_release);
  } else {
    while (atomic_load_explicit(&state, memory_order_acquire) != 2)
      ;
  }
  return uuid;
}
