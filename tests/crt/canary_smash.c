// Overwriting a protected frame's canary must end the process with SIGABRT.
#include <argdata.h>
#include <program.h>
#include <stdlib.h>

__attribute__((noinline)) static void smash(volatile char *p, int n) {
  for (int i = 0; i < n; i++)
    p[i] = 'X';
}

// Without SafeStack the buffer is next to the canary on the machine stack.
__attribute__((noinline, no_sanitize("safe-stack"))) static void victim(int n) {
  volatile char buffer[16];
  smash(buffer, n);
}

void program_main(const argdata_t *ad) {
  victim(64);
  exit(0);  // Reached only if the smash went unnoticed.
}
