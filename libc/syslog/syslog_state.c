#include "syslog_impl.h"

_Atomic(const char *) __syslog_ident;
_Atomic(int) __syslog_mask;
