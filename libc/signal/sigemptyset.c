#include <signal.h>

int sigemptyset(sigset_t *set) {
  set->__mask = 0;
  return 0;
}
