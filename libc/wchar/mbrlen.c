#include <wchar.h>

// The length of the next character, with its own internal state when ps
// is null.
size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  return mbrtowc(NULL, s, n, ps != NULL ? ps : &internal);
}
