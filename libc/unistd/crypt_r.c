#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "crypt_impl.h"

// Like libxcrypt, settings with characters that cannot appear in a stored
// hash (controls, space, non-ASCII, and !*:;\ which password files and
// failure tokens use) are refused outright.
static int setting_is_clean(const char *s) {
  for (; *s != '\0'; s++) {
    unsigned char c = (unsigned char)*s;
    if (c <= ' ' || c >= 0x7f || strchr("!*:;\\", c) != NULL)
      return 0;
  }
  return 1;
}

// Keys of this many bytes or more are refused (as by libxcrypt): SHA-crypt
// hashes the key key-length times, so the work grows with its square.
enum { KEY_MAX = 512 };

char *crypt_r(const char *key, const char *setting, struct crypt_data *data) {
  if (strnlen(key, KEY_MAX) == KEY_MAX) {
    errno = ERANGE;
    return NULL;
  }
  char *result = NULL;
  if (setting_is_clean(setting) && setting[0] == '$') {
    char *out = data->__output;
    size_t size = sizeof(data->__output);
    if (setting[1] == '1' && setting[2] == '$')
      result = __crypt_md5(key, setting, out, size);
    else if ((setting[1] == '5' || setting[1] == '6') && setting[2] == '$')
      result = __crypt_sha(key, setting, out, size);
    else if (setting[1] == '2')
      result = __crypt_bcrypt(key, setting, out, size);
  }
  if (result == NULL)
    errno = EINVAL;
  return result;
}
