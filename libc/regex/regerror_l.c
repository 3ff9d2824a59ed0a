#include <regex.h>
#include <string.h>

// Messages are English in every locale.
size_t regerror_l(int errcode, const regex_t *restrict preg,
                  char *restrict errbuf, size_t errbuf_size, locale_t locale) {
  return regerror(errcode, preg, errbuf, errbuf_size);
}
