#include <uv.h>

size_t uv_req_size(uv_req_type type) {
  switch (type) {
#define SIZE(uc, lc) \
  case UV_##uc:      \
    return sizeof(uv_##lc##_t);
    UV_REQ_TYPE_MAP(SIZE)
#undef SIZE
    default:
      return (size_t)-1;
  }
}
