#include <unistd.h>

#include "startup.h"

int getpagesize(void) {
  return (int)__startup.pagesz;
}
