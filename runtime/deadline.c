#include "deadline.h"

#include <stdint.h>

#include "clock_map.h"

static cloudabi_timestamp_t now_on(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return timespec_to_timestamp(&ts);
}

cloudabi_errno_t deadline_from_subscription(const cloudabi_subscription_t *sub,
                                            struct deadline *d) {
  clockid_t c;
  if (clock_to_host(sub->clock.clock_id, &c) != 0)
    return CLOUDABI_EINVAL;
  if (c != CLOCK_MONOTONIC && c != CLOCK_REALTIME)
    return CLOUDABI_ENOTSUP;
  cloudabi_timestamp_t t = sub->clock.timeout;
  if (!(sub->clock.flags & CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME)) {
    cloudabi_timestamp_t now = now_on(c);
    t = t > UINT64_MAX - now ? UINT64_MAX : now + t;
  }
  // Far-future times are clamped to what a timespec holds comfortably.
  const cloudabi_timestamp_t max = (cloudabi_timestamp_t)INT32_MAX * 1000000000ULL * 16;
  if (t > max)
    t = max;
  d->clock = c;
  d->when = timestamp_to_timespec(t);
  return 0;
}

bool deadline_passed(const struct deadline *d) {
  struct timespec now;
  clock_gettime(d->clock, &now);
  return now.tv_sec > d->when.tv_sec ||
         (now.tv_sec == d->when.tv_sec && now.tv_nsec >= d->when.tv_nsec);
}

struct timespec deadline_remaining(const struct deadline *d) {
  struct timespec now, r = {0, 0};
  clock_gettime(d->clock, &now);
  if (now.tv_sec > d->when.tv_sec ||
      (now.tv_sec == d->when.tv_sec && now.tv_nsec >= d->when.tv_nsec))
    return r;
  r.tv_sec = d->when.tv_sec - now.tv_sec;
  r.tv_nsec = d->when.tv_nsec - now.tv_nsec;
  if (r.tv_nsec < 0) {
    r.tv_sec--;
    r.tv_nsec += 1000000000L;
  }
  return r;
}
