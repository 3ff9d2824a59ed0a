#include <wchar.h>

// The encoding is UTF-8 in every supported locale.
size_t mbsnrtowcs_l(wchar_t *restrict dst, const char **restrict src,
                    size_t nms, size_t len, mbstate_t *restrict ps,
                    locale_t locale) {
  return mbsnrtowcs(dst, src, nms, len, ps);
}
