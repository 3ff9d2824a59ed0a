// Internal: the handlers installed with signal().
//
// CloudABI delivers no signals to handlers.  signal() records a handler
// per signal number and raise() and abort() consult it, which is the C
// standard's minimum (a signal raised by the program itself reaches its
// handler).  Signals from elsewhere keep their default action.
#ifndef LIBC_INTERNAL_SIGNAL_IMPL_H
#define LIBC_INTERNAL_SIGNAL_IMPL_H

#include <signal.h>
#include <stdatomic.h>

typedef void (*signal_handler_t)(int);

// Indexed by signal number; SIG_DFL (a null pointer) until set.
extern _Atomic(signal_handler_t) __signal_handlers[NSIG];

#endif
