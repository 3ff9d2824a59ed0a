#include <syslog.h>

#include "syslog_impl.h"

void closelog(void) {
  atomic_store(&__syslog_ident, NULL);
}
