#include <time.h>

#include "tz_impl.h"

void tzset(void) {
  struct tz_rule rule;
  __tz_current(&rule);
}
