#include <sys/capsicum.h>

int cap_getmode(unsigned int *modep) {
  *modep = 1;  // always in capability mode
  return 0;
}
