// Internal: the time zone in effect, from getenv("TZ"), and the POSIX
// variables tzname, timezone and daylight that describe it.
#include <stdlib.h>
#include <string.h>

#include "lock.h"
#include "tz_impl.h"

char *tzname[2] = {(char *)"UTC", (char *)"UTC"};
long timezone = 0;
int daylight = 0;

// The last TZ string seen (valid strings are far shorter than this) and
// the rule parsed from it.
#define TZ_CACHE_SIZE 256
static libc_lock_t tz_lock = LIBC_LOCK_INITIALIZER;
static char cached_tz[TZ_CACHE_SIZE];
static bool cache_used;
static struct tz_rule cached_rule;

static void publish(const struct tz_rule *rule) {
  tzname[0] = (char *)rule->std_name;
  tzname[1] = (char *)(rule->dst_name != NULL ? rule->dst_name : rule->std_name);
  timezone = -(long)rule->std_off;
  daylight = rule->dst_name != NULL;
}

void __tz_current(struct tz_rule *rule) {
  const char *tz = getenv("TZ");
  if (tz == NULL)
    tz = "";
  size_t len = strlen(tz);
  libc_lock_acquire(&tz_lock);
  if (!cache_used || len >= TZ_CACHE_SIZE || strcmp(tz, cached_tz) != 0) {
    struct tz_rule parsed;
    // Empty, ":..." (a file we cannot reach), malformed: UTC.
    if (len >= TZ_CACHE_SIZE || !__tz_parse(tz, &parsed))
      parsed = __tz_utc;
    cached_rule = parsed;
    if (len < TZ_CACHE_SIZE) {
      memcpy(cached_tz, tz, len + 1);
      cache_used = true;
    } else {
      cache_used = false;
    }
    publish(&cached_rule);
  }
  *rule = cached_rule;
  libc_lock_release(&tz_lock);
}

void __tz_fork_child(void) {
  libc_lock_reset(&tz_lock);
}
