#include <sys/capsicum.h>

cap_rights_t *cap_rights_merge(cap_rights_t *dst, const cap_rights_t *src) {
  dst->__rights |= src->__rights;
  return dst;
}
