#include <emmintrin.h>
#include <stdint.h>
#include <unicode_utf8.h>

// Converts the longest run of non-null ASCII bytes among the first n at s
// (storing them unless dst is null) and returns its length.  Sixteen bytes
// at a time while a 16-byte load stays within the page (it may read past
// the terminator, never past the page).
static size_t ascii_run(wchar_t *restrict dst, const unsigned char *s,
                        size_t n) {
  const __m128i zero = _mm_setzero_si128();
  size_t i = 0;
  while (n - i >= 16 && ((uintptr_t)(s + i) & 4095) <= 4096 - 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    // Bytes with the high bit set, and null bytes, end the run.
    if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero))) != 0)
      break;
    if (dst != NULL) {
      __m128i lo = _mm_unpacklo_epi8(v, zero), hi = _mm_unpackhi_epi8(v, zero);
      _mm_storeu_si128((__m128i *)(dst + i), _mm_unpacklo_epi16(lo, zero));
      _mm_storeu_si128((__m128i *)(dst + i + 4), _mm_unpackhi_epi16(lo, zero));
      _mm_storeu_si128((__m128i *)(dst + i + 8), _mm_unpacklo_epi16(hi, zero));
      _mm_storeu_si128((__m128i *)(dst + i + 12),
                       _mm_unpackhi_epi16(hi, zero));
    }
    i += 16;
  }
  if (dst != NULL) {
    while (i < n && s[i] - 1u < 0x7f) {
      dst[i] = s[i];
      ++i;
    }
  } else {
    while (i < n && s[i] - 1u < 0x7f)
      ++i;
  }
  return i;
}

// Converts at most nms bytes and stores at most len wide characters.  An
// incomplete character at the end of the nms bytes is absorbed into the
// state (and *src moves past it), so the next call can complete it.  With
// dst null, len is ignored and neither *src nor *ps changes.
size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src,
                  size_t nms, size_t len, mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  mbstate_t scratch;
  if (dst == NULL) {
    scratch = *ps;
    ps = &scratch;
    len = SIZE_MAX;
  }
  const unsigned char *s = (const unsigned char *)*src;
  size_t count = 0;
  while (count < len) {
    if (ps->__pending == 0) {
      size_t i = ascii_run(dst != NULL ? dst + count : NULL, s,
                           nms < len - count ? nms : len - count);
      s += i;
      nms -= i;
      count += i;
      if (count == len)
        break;
    }
    uint32_t c;
    size_t r = utf8_decode(&c, s, nms, ps);
    if (r == UTF8_INCOMPLETE) {
      s += nms;
      break;
    }
    if (r == UTF8_INVALID) {
      if (dst != NULL)
        *src = (const char *)s;
      return (size_t)-1;
    }
    if (c == 0) {
      if (dst != NULL) {
        dst[count] = L'\0';
        *src = NULL;
      }
      return count;
    }
    if (dst != NULL)
      dst[count] = (wchar_t)c;
    ++count;
    s += r;
    nms -= r;
  }
  if (dst != NULL)
    *src = (const char *)s;
  return count;
}
