// Internal: zone names that live as long as the process, so that tm_zone
// and tzname stay valid when TZ changes.  Called with the time zone lock
// held (tz_state.c).
#include <stdlib.h>
#include <string.h>

#include "tz_impl.h"

struct tz_name {
  struct tz_name *next;
  char name[];
};

static struct tz_name *names;

const char *__tz_intern(const char *name, size_t len) {
  for (struct tz_name *n = names; n != NULL; n = n->next)
    if (strncmp(n->name, name, len) == 0 && n->name[len] == '\0')
      return n->name;
  struct tz_name *n = malloc(sizeof(*n) + len + 1);
  if (n == NULL)
    return NULL;
  memcpy(n->name, name, len);
  n->name[len] = '\0';
  n->next = names;
  names = n;
  return n->name;
}
