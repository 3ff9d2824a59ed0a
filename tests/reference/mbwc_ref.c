// Multibyte and wide conversions in the UTF-8 locale: every code point
// through wcrtomb and back through mbrtowc, invalid and truncated sequences,
// and the string conversions.  Native musl needs setlocale for UTF-8; our
// default locale is already UTF-8 (see tests/reference/README.md).
#include <errno.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

#include "ref.h"

static void result(size_t r) {
  if (r == (size_t)-1)
    ref_puts("-1");
  else if (r == (size_t)-2)
    ref_puts("-2");
  else
    ref_dec((long long)r);
}

static void decode_case(const unsigned char *s, size_t n) {
  ref_quoted((const char *)s, n);
  mbstate_t st;
  memset(&st, 0, sizeof(st));
  // Feed one byte at a time, then all at once.
  ref_puts(" bytewise:");
  for (size_t i = 0; i < n; i++) {
    wchar_t wc = 0;
    errno = 0;
    size_t r = mbrtowc(&wc, (const char *)s + i, 1, &st);
    ref_puts(" ");
    result(r);
    if (r == (size_t)-1) {
      ref_puts(errno == EILSEQ ? "/EILSEQ" : "/other");
      memset(&st, 0, sizeof(st));
    } else if (r != (size_t)-2) {
      ref_puts("=");
      ref_hex((uint32_t)wc);
    }
  }
  memset(&st, 0, sizeof(st));
  wchar_t wc = 0;
  size_t r = mbrtowc(&wc, (const char *)s, n, &st);
  ref_puts(" whole: ");
  result(r);
  if (r != (size_t)-1 && r != (size_t)-2) {
    ref_puts("=");
    ref_hex((uint32_t)wc);
  }
  ref_puts(" mblen=");
  mblen(NULL, 0);
  ref_dec(mblen((const char *)s, n));
  ref_puts("\n");
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  setlocale(LC_CTYPE, "C.UTF-8");
  // Every code point (surrogates and beyond-range values are refused).
  char buf[16];
  for (uint32_t cp = 0; cp <= 0x110000; cp++) {
    mbstate_t st;
    memset(&st, 0, sizeof(st));
    errno = 0;
    size_t n = wcrtomb(buf, (wchar_t)cp, &st);
    ref_hex(cp);
    ref_puts(" ");
    result(n);
    if (n == (size_t)-1) {
      ref_puts(errno == EILSEQ ? " EILSEQ\n" : " other\n");
      continue;
    }
    ref_puts(" ");
    for (size_t i = 0; i < n; i++)
      ref_hex((unsigned char)buf[i]);
    wchar_t back = 0;
    memset(&st, 0, sizeof(st));
    size_t r = mbrtowc(&back, buf, n, &st);
    ref_puts(" ");
    result(r);
    ref_puts(back == (wchar_t)cp ? " same\n" : " DIFFERENT\n");
  }
  // Invalid, overlong, truncated and random byte sequences.
  static const char *const fixed[] = {
      "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x7f", "\xe0\x80\x80", "\xe0\x9f\xbf",
      "\xed\xa0\x80", "\xed\xbf\xbf", "\xef\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80",
      "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xfe", "\xff", "\xe2\x82", "\xf0\x9f\x98",
      "\xf0\x9f\x98\x80", "a\xc3\xa9",
  };
  for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
    decode_case((const unsigned char *)fixed[i], strlen(fixed[i]));
  unsigned char seq[8];
  for (long k = 0; k < 100000 * scale; k++) {
    size_t n = 1 + ref_below(5);
    for (size_t i = 0; i < n; i++) {
      uint64_t r = ref_next();
      // Bias towards lead and continuation bytes.
      seq[i] = (unsigned char)(r % 3 == 0 ? 0x80 | ((r >> 8) & 0x3f) : (r >> 16));
    }
    decode_case(seq, n);
  }
  // String conversions.
  wchar_t wide[64];
  for (long k = 0; k < 20000 * scale; k++) {
    size_t n = ref_below(40);
    for (size_t i = 0; i < n; i++) {
      uint32_t cp = (uint32_t)ref_below(ref_below(2) ? 0x80 : 0x110000);
      if (cp >= 0xd800 && cp <= 0xdfff)
        cp = 0xfffd;
      if (cp == 0)
        cp = 'x';
      wide[i] = (wchar_t)cp;
    }
    wide[n] = 0;
    char narrow[256];
    size_t m = wcstombs(narrow, wide, sizeof(narrow));
    ref_puts("wcstombs ");
    result(m);
    ref_puts(" ");
    if (m != (size_t)-1)
      ref_quoted(narrow, m);
    wchar_t back[64];
    size_t b = mbstowcs(back, narrow, 64);
    ref_puts(" mbstowcs ");
    result(b);
    ref_puts(b == n && wmemcmp(back, wide, n) == 0 ? " same\n" : " DIFFERENT\n");
  }
  ref_flush();
  return 0;
}
