// A thread that overruns its unsafe stack hits the guard page below it and
// the process dies with SIGSEGV, instead of silently writing into the
// memory below.  Built twice: with the default guard (must crash), and with
// GUARD_SIZE 0 (the same overrun lands in the thread's other stack and goes
// unnoticed, which shows that the guard is what stops it).
#include <argdata.h>
#include <limits.h>
#include <program.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

// Writes from the end of the buffer downwards, like a growing stack.
static void fill_down(char *p, size_t n) {
  for (size_t i = n; i > 0; i--)
    p[i - 1] = 1;
}

// Called through a volatile pointer, so the compiler cannot see what it
// does with the array.
static void (*volatile fill)(char *, size_t) = fill_down;

static void *overrun(void *arg) {
  (void)arg;
  // The array's address escapes to an unknown function, so SafeStack puts
  // it on the unsafe stack (PTHREAD_STACK_MIN bytes), which it overruns by
  // 12 KiB.
  char big[2 * PTHREAD_STACK_MIN - 4096];
  fill(big, sizeof(big));
  return (void *)(uintptr_t)big[PTHREAD_STACK_MIN];
}

#ifdef REUSE
static void *quiet(void *arg) {
  return arg;
}
#endif

void program_main(const argdata_t *ad) {
  (void)ad;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, PTHREAD_STACK_MIN);
#ifdef GUARD_SIZE
  pthread_attr_setguardsize(&attr, GUARD_SIZE);
#endif
  pthread_t t;
#ifdef REUSE
  // A first thread of the same layout, joined: its mapping is kept for
  // reuse, and the guard must still stop the overrun in the second.
  if (pthread_create(&t, &attr, quiet, NULL) != 0 || pthread_join(t, NULL) != 0)
    exit(3);
  pthread_t first = t;
#endif
  if (pthread_create(&t, &attr, overrun, NULL) != 0)
    exit(1);
#ifdef REUSE
  // The descriptor lives in the mapping: the same one means reuse happened.
  if (!pthread_equal(t, first))
    exit(4);
#endif
  pthread_join(t, NULL);
  exit(2);  // only without a guard
}
