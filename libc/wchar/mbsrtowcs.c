#include <stdint.h>
#include <wchar.h>

// mbsnrtowcs without a limit on the input: it ends with its null byte.
size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len,
                 mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  return mbsnrtowcs(dst, src, SIZE_MAX, len, ps != NULL ? ps : &internal);
}
