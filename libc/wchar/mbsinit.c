#include <wchar.h>

// Whether ps (or no state at all) describes the initial conversion state:
// no partial UTF-8 character, no pending surrogate or code unit.
int mbsinit(const mbstate_t *ps) {
  return ps == NULL ||
         (ps->__pending == 0 && ps->__surrogate == 0 && ps->__count == 0);
}
