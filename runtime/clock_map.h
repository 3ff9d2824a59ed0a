// Conversions between CloudABI clocks/timestamps and the host's.
#ifndef RUNTIME_CLOCK_MAP_H
#define RUNTIME_CLOCK_MAP_H

#include <cloudabi_types.h>
#include <time.h>

// 0 on success, -1 for an unknown clock.
int clock_to_host(cloudabi_clockid_t id, clockid_t *host);
cloudabi_timestamp_t timespec_to_timestamp(const struct timespec *ts);
struct timespec timestamp_to_timespec(cloudabi_timestamp_t t);

#endif
