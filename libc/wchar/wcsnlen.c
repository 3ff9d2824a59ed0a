#include <wchar.h>

// The length of s, looking at no more than maxlen characters.
size_t wcsnlen(const wchar_t *s, size_t maxlen) {
  const wchar_t *end = wmemchr(s, L'\0', maxlen);
  return end != NULL ? (size_t)(end - s) : maxlen;
}
