#include <uv.h>

// Interface identifiers are the interface names, as on other Unix systems.
int uv_if_indextoiid(unsigned int ifindex, char *buffer, size_t *size) {
  return uv_if_indextoname(ifindex, buffer, size);
}
