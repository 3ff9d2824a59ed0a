#include <wchar.h>

// Code point order needs no transformation: the result is a copy of src,
// stored only if it fits (with its terminator) in n characters.  Returns
// wcslen(src).
size_t wcsxfrm(wchar_t *restrict dst, const wchar_t *restrict src, size_t n) {
  size_t len = wcslen(src);
  if (len < n)
    wmemcpy(dst, src, len + 1);
  return len;
}
