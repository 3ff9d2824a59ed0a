#include <arpa/inet.h>

// The network byte order is big-endian; x86_64 is little-endian.
uint32_t (htonl)(uint32_t x) {
  return __builtin_bswap32(x);
}
