#include <netdb.h>

#include "uv_impl.h"

int __uv_eai_error(int code) {
  switch (code) {
    case 0:
      return 0;
    case EAI_AGAIN:
      return UV_EAI_AGAIN;
    case EAI_BADFLAGS:
      return UV_EAI_BADFLAGS;
    case EAI_FAIL:
      return UV_EAI_FAIL;
    case EAI_FAMILY:
      return UV_EAI_FAMILY;
    case EAI_MEMORY:
      return UV_EAI_MEMORY;
    case EAI_NONAME:
      return UV_EAI_NONAME;
    case EAI_SERVICE:
      return UV_EAI_SERVICE;
    case EAI_SOCKTYPE:
      return UV_EAI_SOCKTYPE;
    case EAI_OVERFLOW:
      return UV_EAI_OVERFLOW;
    case EAI_SYSTEM:
      return __uv_error(errno);
    default:
      return UV_EAI_FAIL;
  }
}
