#include <string.h>

// Descriptions are English in every supported locale.
char *strsignal_l(int signum, locale_t locale) {
  return strsignal(signum);
}
