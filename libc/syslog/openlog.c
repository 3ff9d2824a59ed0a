#include <syslog.h>

#include "syslog_impl.h"

void openlog(const char *ident, int option, int facility) {
  atomic_store(&__syslog_ident, ident);
}
