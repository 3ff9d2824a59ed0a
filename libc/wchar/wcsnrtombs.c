#include <emmintrin.h>
#include <unicode_utf8.h>

// Converts at most nwc wide characters, storing at most len bytes and never
// a partial character; once len bytes are stored, the next character is not
// looked at.  With dst null, len is ignored and *src unchanged.
size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src,
                  size_t nwc, size_t len, mbstate_t *restrict ps) {
  const wchar_t *ws = *src;
  size_t count = 0;
  if (dst == NULL) {
    for (; nwc > 0; --nwc, ++ws) {
      uint32_t c = (uint32_t)*ws;
      if (c == 0)
        return count;
      size_t n = utf8_length(c);
      if (n == 0) {
        errno = EILSEQ;
        return (size_t)-1;
      }
      count += n;
    }
    return count;
  }
  const __m128i zero = _mm_setzero_si128(), limit = _mm_set1_epi32(0x80);
  for (; nwc > 0 && count < len; --nwc, ++ws) {
    // Eight ASCII characters at a time while a 32-byte load stays within
    // the page.
    while (nwc >= 8 && len - count >= 8 &&
           ((uintptr_t)ws & 4095) <= 4096 - 32) {
      __m128i a = _mm_loadu_si128((const __m128i *)ws);
      __m128i b = _mm_loadu_si128((const __m128i *)(ws + 4));
      __m128i ok = _mm_and_si128(
          _mm_and_si128(_mm_cmpgt_epi32(a, zero), _mm_cmplt_epi32(a, limit)),
          _mm_and_si128(_mm_cmpgt_epi32(b, zero), _mm_cmplt_epi32(b, limit)));
      if (_mm_movemask_epi8(ok) != 0xffff)
        break;
      __m128i bytes = _mm_packus_epi16(_mm_packs_epi32(a, b), zero);
      _mm_storel_epi64((__m128i *)(dst + count), bytes);
      count += 8;
      nwc -= 8;
      ws += 8;
    }
    if (nwc == 0 || count == len)
      break;
    uint32_t c = (uint32_t)*ws;
    if (c < 0x80) {
      dst[count] = (char)c;
      if (c == 0) {
        *src = NULL;
        return count;
      }
      ++count;
      continue;
    }
    size_t n = utf8_length(c);
    if (n == 0) {
      *src = ws;
      errno = EILSEQ;
      return (size_t)-1;
    }
    if (len - count < n)
      break;
    count += utf8_encode(dst + count, c);
  }
  *src = ws;
  return count;
}
