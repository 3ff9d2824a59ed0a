#include <syslog.h>

#include "syslog_impl.h"

// Returns the previous mask; a mask of 0 leaves it unchanged.
int setlogmask(int mask) {
  int old = mask != 0 ? atomic_exchange(&__syslog_mask, mask)
                      : atomic_load(&__syslog_mask);
  return old != 0 ? old : LOG_UPTO(LOG_DEBUG);
}
