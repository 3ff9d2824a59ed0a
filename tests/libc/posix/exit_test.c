// _exit() ends the process at once with its status: exit handlers do not
// run (the one registered here would change the status to 99).
#include <stdlib.h>
#include <unistd.h>

static void handler(void) {
  _exit(99);
}

int main(void) {
  if (atexit(handler) != 0)
    return 1;
  _exit(7);
}
