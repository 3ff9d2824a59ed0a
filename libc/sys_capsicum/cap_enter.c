#include <sys/capsicum.h>

// A CloudABI process is in capability mode from its first instruction.
int cap_enter(void) {
  return 0;
}
