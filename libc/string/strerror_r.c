#include <errno.h>
#include <string.h>

// The XSI variant: returns 0, EINVAL for an unknown number (the buffer still
// receives "Unknown error: N") or ERANGE if the buffer is too small (it
// receives as much of the message as fits, terminated).
int strerror_r(int errnum, char *buf, size_t buflen) {
  const char *msg = strerror(errnum);
  size_t len = strlen(msg);
  int result = errnum >= 0 && errnum <= ELAST ? 0 : EINVAL;
  if (len >= buflen) {
    if (buflen > 0) {
      memcpy(buf, msg, buflen - 1);
      buf[buflen - 1] = '\0';
    }
    return ERANGE;
  }
  memcpy(buf, msg, len + 1);
  return result;
}
