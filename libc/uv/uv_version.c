#include <uv.h>

unsigned int uv_version(void) {
  return UV_VERSION_HEX;
}
