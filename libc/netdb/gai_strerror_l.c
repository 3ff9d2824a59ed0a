#include <netdb.h>

// Messages are English in every locale.
const char *gai_strerror_l(int code, locale_t locale) {
  return gai_strerror(code);
}
