// Start-up: the whole process, from exec to exit, is timed by the driver.
#include <stdio.h>

int main(void) {
  return puts("hello, world") >= 0 && fflush(stdout) == 0 ? 0 : 1;
}
