#include <stdbool.h>
#include <sys/capsicum.h>

// Valid: only rights that this ABI version defines.
bool cap_rights_is_valid(const cap_rights_t *rights) {
  return (rights->__rights & ~_CAP_ALL_RIGHTS) == 0;
}
