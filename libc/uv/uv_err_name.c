#include "uv_impl.h"

const char *uv_err_name(int err) {
  switch (err) {
#define NAME(name, _) \
  case UV_##name:     \
    return #name;
    UV_ERRNO_MAP(NAME)
#undef NAME
    default:
      return __uv_unknown_error(err);
  }
}
