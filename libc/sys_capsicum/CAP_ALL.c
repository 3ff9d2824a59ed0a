#include <sys/capsicum.h>

cap_rights_t *CAP_ALL(cap_rights_t *rights) {
  rights->__rights = _CAP_ALL_RIGHTS;
  return rights;
}
