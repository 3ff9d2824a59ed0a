// Clock system calls.
#define _GNU_SOURCE
#include <stdint.h>
#include <time.h>

#include "clock_map.h"
#include "errno_map.h"
#include "guest_mem.h"
#include "syscalls.h"

int clock_to_host(cloudabi_clockid_t id, clockid_t *host) {
  switch (id) {
    case CLOUDABI_CLOCK_MONOTONIC: *host = CLOCK_MONOTONIC; return 0;
    case CLOUDABI_CLOCK_PROCESS_CPUTIME_ID: *host = CLOCK_PROCESS_CPUTIME_ID; return 0;
    case CLOUDABI_CLOCK_REALTIME: *host = CLOCK_REALTIME; return 0;
    case CLOUDABI_CLOCK_THREAD_CPUTIME_ID: *host = CLOCK_THREAD_CPUTIME_ID; return 0;
    default: return -1;
  }
}

cloudabi_timestamp_t timespec_to_timestamp(const struct timespec *ts) {
  if (ts->tv_sec < 0)
    return 0;
  // Saturate instead of wrapping (year 2554).
  if ((unsigned long long)ts->tv_sec > UINT64_MAX / 1000000000ULL - 1)
    return UINT64_MAX;
  return (cloudabi_timestamp_t)ts->tv_sec * 1000000000ULL + (cloudabi_timestamp_t)ts->tv_nsec;
}

struct timespec timestamp_to_timespec(cloudabi_timestamp_t t) {
  struct timespec ts = {.tv_sec = (time_t)(t / 1000000000ULL),
                        .tv_nsec = (long)(t % 1000000000ULL)};
  return ts;
}

cloudabi_errno_t sys_clock_res_get(cloudabi_clockid_t clock_id, cloudabi_timestamp_t *resolution) {
  clockid_t host;
  if (clock_to_host(clock_id, &host) != 0)
    return CLOUDABI_EINVAL;
  struct timespec ts;
  if (clock_getres(host, &ts) != 0)
    return errno_current();
  cloudabi_timestamp_t t = timespec_to_timestamp(&ts);
  if (t == 0)
    t = 1;  // a resolution of zero would mean nothing
  return guest_copy_out(resolution, &t, sizeof(t));
}

cloudabi_errno_t sys_clock_time_get(cloudabi_clockid_t clock_id, cloudabi_timestamp_t precision,
                                    cloudabi_timestamp_t *time) {
  (void)precision;  // the host clock is always read exactly
  clockid_t host;
  if (clock_to_host(clock_id, &host) != 0)
    return CLOUDABI_EINVAL;
  struct timespec ts;
  if (clock_gettime(host, &ts) != 0)
    return errno_current();
  cloudabi_timestamp_t t = timespec_to_timestamp(&ts);
  return guest_copy_out(time, &t, sizeof(t));
}
