#include <wchar.h>

// Every supported locale collates in code point order.
size_t wcsxfrm_l(wchar_t *restrict dst, const wchar_t *restrict src,
                 size_t n, locale_t locale) {
  return wcsxfrm(dst, src, n);
}
