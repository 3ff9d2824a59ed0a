#include <stdbool.h>
#include <sys/capsicum.h>

bool cap_sandboxed(void) {
  return true;
}
