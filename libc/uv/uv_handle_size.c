#include <uv.h>

size_t uv_handle_size(uv_handle_type type) {
  switch (type) {
#define SIZE(uc, lc) \
  case UV_##uc:      \
    return sizeof(uv_##lc##_t);
    UV_HANDLE_TYPE_MAP(SIZE)
#undef SIZE
    default:
      return (size_t)-1;
  }
}
