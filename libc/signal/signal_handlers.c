#include <signal_impl.h>

_Atomic(signal_handler_t) __signal_handlers[NSIG];
