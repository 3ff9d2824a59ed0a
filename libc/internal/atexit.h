// Internal: handlers registered with atexit(), __cxa_atexit() and
// at_quick_exit(), run in reverse order of registration.
#ifndef LIBC_INTERNAL_ATEXIT_H
#define LIBC_INTERNAL_ATEXIT_H

#include <stdbool.h>

struct exit_handlers;

extern struct exit_handlers __atexit_handlers;
extern struct exit_handlers __at_quick_exit_handlers;

// Registers fn(arg); `with_arg` false means fn takes no argument.
int __exit_handlers_add(struct exit_handlers *, void (*fn)(void *), void *arg,
                        bool with_arg);
// Runs and removes the handlers, newest first.  Handlers may register more.
void __exit_handlers_run(struct exit_handlers *);

// Flushes all stdio streams; provided by stdio when it is linked in.
void __stdio_exit(void) __attribute__((weak));

#endif
