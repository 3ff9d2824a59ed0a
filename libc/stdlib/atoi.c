#include <stdlib.h>

// The behaviour on overflow is undefined; this truncates strtol's result.
int (atoi)(const char *s) {
  return (int)strtol(s, NULL, 10);
}
