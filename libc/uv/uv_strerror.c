#include "uv_impl.h"

const char *uv_strerror(int err) {
  switch (err) {
#define MESSAGE(name, message) \
  case UV_##name:              \
    return message;
    UV_ERRNO_MAP(MESSAGE)
#undef MESSAGE
    default:
      return __uv_unknown_error(err);
  }
}
