#include <argdata.h>
#include <limits.h>
#include <program.h>

#include "argdata_impl.h"
#include "startup.h"

extern void (*const __preinit_array_start[])(void) __attribute__((weak, visibility("hidden")));
extern void (*const __preinit_array_end[])(void) __attribute__((weak, visibility("hidden")));
extern void (*const __init_array_start[])(void) __attribute__((weak, visibility("hidden")));
extern void (*const __init_array_end[])(void) __attribute__((weak, visibility("hidden")));

// At start-up, fd numbers in the argdata are the process's own numbers (the
// launcher renumbered them); anything beyond int is not a descriptor.
static int convert_startup_fd(void *arg, size_t raw) {
  return raw <= INT_MAX ? (int)raw : -1;
}

_Noreturn void __libc_start_main(void) {
  for (size_t i = 0; i < (size_t)(__preinit_array_end - __preinit_array_start); i++)
    __preinit_array_start[i]();
  for (size_t i = 0; i < (size_t)(__init_array_end - __init_array_start); i++)
    __init_array_start[i]();

  argdata_t root;
  argdata_init_buffer(&root, __startup.argdata, __startup.argdata_len, convert_startup_fd, NULL);
  program_main(&root);
}
