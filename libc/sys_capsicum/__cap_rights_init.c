#include <stdarg.h>
#include <sys/capsicum.h>

// The list of rights ends with 0 (see the cap_rights_init macro).
cap_rights_t *__cap_rights_init(cap_rights_t *rights, ...) {
  va_list ap;
  va_start(ap, rights);
  rights->__rights = 0;
  for (unsigned long long r; (r = va_arg(ap, unsigned long long)) != 0;)
    rights->__rights |= r;
  va_end(ap);
  return rights;
}
