// Absolute wake-up times for blocking calls, from CLOCK subscriptions.
#ifndef RUNTIME_DEADLINE_H
#define RUNTIME_DEADLINE_H

#include <cloudabi_types.h>
#include <stdbool.h>
#include <time.h>

struct deadline {
  clockid_t clock;        // CLOCK_MONOTONIC or CLOCK_REALTIME
  struct timespec when;   // absolute time on that clock
};

// From a CLOCK subscription.  CPU-time clocks cannot be waited for:
// ENOTSUP; unknown clocks: EINVAL.
cloudabi_errno_t deadline_from_subscription(const cloudabi_subscription_t *sub,
                                            struct deadline *d);
bool deadline_passed(const struct deadline *d);
// Milliseconds-precision is not enough for timers: nanoseconds until d
// (0 if passed), as a relative timespec.
struct timespec deadline_remaining(const struct deadline *d);

#endif
