#include <string.h>

size_t strnlen(const char *s, size_t maxlen) {
  const char *end = memchr(s, '\0', maxlen);
  return end != NULL ? (size_t)(end - s) : maxlen;
}
