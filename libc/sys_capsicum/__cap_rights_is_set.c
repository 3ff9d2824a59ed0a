#include <stdarg.h>
#include <stdbool.h>
#include <sys/capsicum.h>

// True if every listed right is in the set (the list ends with 0).
bool __cap_rights_is_set(const cap_rights_t *rights, ...) {
  va_list ap;
  va_start(ap, rights);
  unsigned long long wanted = 0;
  for (unsigned long long r; (r = va_arg(ap, unsigned long long)) != 0;)
    wanted |= r;
  va_end(ap);
  return (rights->__rights & wanted) == wanted;
}
