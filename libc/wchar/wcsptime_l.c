// wcsptime parses through strptime: the wide input and format are encoded
// as UTF-8 (the multibyte encoding of both locales), parsed, and the end
// of the narrow parse is mapped back to the wide input by counting the
// characters it consumed.  strptime only ever stops between characters:
// what it reads byte by byte is ASCII, or a multibyte literal of the
// format matched as a whole.
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

#include "unicode_utf8.h"

// Bytes needed for the UTF-8 form of `w` up to its first character that
// has none (a surrogate or a value beyond U+10FFFF), and that character's
// index in *stop.
static size_t encoded_length(const wchar_t *w, size_t *stop) {
  size_t bytes = 0, i = 0;
  for (; w[i] != L'\0'; i++) {
    size_t l = utf8_length((uint32_t)w[i]);
    if (l == 0)
      break;
    bytes += l;
  }
  *stop = i;
  return bytes;
}

static void encode(char *out, const wchar_t *w, size_t count) {
  for (size_t i = 0; i < count; i++)
    out += utf8_encode(out, (uint32_t)w[i]);
  *out = '\0';
}

wchar_t *wcsptime_l(const wchar_t *restrict s, const wchar_t *restrict format,
                    struct tm *restrict tm, locale_t locale) {
  // A format character without a UTF-8 form cannot be matched: failure.
  // In the input such a character ends what strptime sees, so it can
  // never be consumed.
  size_t fcount, scount;
  size_t flen = encoded_length(format, &fcount), slen = encoded_length(s, &scount);
  if (format[fcount] != L'\0')
    return NULL;
  char stack[256];
  char *buf = flen + slen + 2 <= sizeof(stack) ? stack : malloc(flen + slen + 2);
  if (buf == NULL)
    return NULL;
  char *f = buf, *in = buf + flen + 1;
  encode(f, format, fcount);
  encode(in, s, scount);
  const char *end = strptime_l(in, f, tm, locale);
  wchar_t *result = NULL;
  if (end != NULL) {
    // One wide character per byte that does not continue a sequence.
    size_t chars = 0;
    for (const char *p = in; p < end; p++)
      chars += ((unsigned char)*p & 0xc0) != 0x80;
    result = (wchar_t *)s + chars;
  }
  if (buf != stack)
    free(buf);
  return result;
}
