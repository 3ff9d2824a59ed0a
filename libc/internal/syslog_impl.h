// Internal: the process-wide settings of <syslog.h>.
#ifndef LIBC_INTERNAL_SYSLOG_IMPL_H
#define LIBC_INTERNAL_SYSLOG_IMPL_H

#include <stdatomic.h>

// The identifier given to openlog (NULL: none) and the priority mask
// (0 stands for the default, every priority).
extern _Atomic(const char *) __syslog_ident;
extern _Atomic(int) __syslog_mask;

#endif
