#include "stdio_impl.h"

// Messages are English in every locale.
void perror_l(const char *s, locale_t locale) {
  perror(s);
}
