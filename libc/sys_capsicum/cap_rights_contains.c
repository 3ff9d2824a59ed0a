#include <stdbool.h>
#include <sys/capsicum.h>

bool cap_rights_contains(const cap_rights_t *big, const cap_rights_t *little) {
  return (little->__rights & ~big->__rights) == 0;
}
