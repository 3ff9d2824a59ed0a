#include <netdb.h>

const char *gai_strerror(int code) {
  switch (code) {
    case 0:
      return "Success";
    case EAI_AGAIN:
      return "Temporary failure in name resolution";
    case EAI_BADFLAGS:
      return "Invalid flags";
    case EAI_FAIL:
      return "Non-recoverable failure in name resolution";
    case EAI_FAMILY:
      return "Address family not supported";
    case EAI_MEMORY:
      return "Out of memory";
    case EAI_NONAME:
      return "Name does not resolve (only numeric addresses are supported)";
    case EAI_SERVICE:
      return "Service not supported for socket type";
    case EAI_SOCKTYPE:
      return "Socket type not supported";
    case EAI_SYSTEM:
      return "System error";
    case EAI_OVERFLOW:
      return "Buffer too small";
  }
  return "Unknown error";
}
