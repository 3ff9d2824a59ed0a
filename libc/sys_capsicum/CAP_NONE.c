#include <sys/capsicum.h>

cap_rights_t *CAP_NONE(cap_rights_t *rights) {
  rights->__rights = 0;
  return rights;
}
