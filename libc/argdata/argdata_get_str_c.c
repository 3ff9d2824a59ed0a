#include <argdata.h>
#include <errno.h>
#include <string.h>

int argdata_get_str_c(const argdata_t *ad, const char **s) {
  const char *str;
  size_t len;
  int error = argdata_get_str(ad, &str, &len);
  if (error != 0)
    return error;
  // A C string cannot carry an embedded NUL.
  if (memchr(str, '\0', len) != NULL)
    return EILSEQ;
  *s = str;
  return 0;
}
