#include <arpa/inet.h>

// The network byte order is big-endian; x86_64 is little-endian.
uint16_t (ntohs)(uint16_t x) {
  return __builtin_bswap16(x);
}
