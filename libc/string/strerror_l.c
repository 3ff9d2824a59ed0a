#include <string.h>

// Messages are English in every supported locale.
char *strerror_l(int errnum, locale_t locale) {
  return strerror(errnum);
}
