#include <stdarg.h>
#include <sys/capsicum.h>

// The list of rights ends with 0 (see the cap_rights_clear macro).
cap_rights_t *__cap_rights_clear(cap_rights_t *rights, ...) {
  va_list ap;
  va_start(ap, rights);
  for (unsigned long long r; (r = va_arg(ap, unsigned long long)) != 0;)
    rights->__rights &= ~r;
  va_end(ap);
  return rights;
}
