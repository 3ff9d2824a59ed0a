// The wide input source of the scanf engine (see scan_impl.h).
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "scan_impl.h"
#include "unicode_utf8.h"
#include "wstdio_impl.h"

int __scan_wide_getc(struct scan_in *in) {
  struct scan_wide *w = in->wide;
  if (w->pos == w->len) {
    // Once the input has ended it stays ended, so that an encoding error
    // is not skipped over by the next directive.
    wint_t wc = WEOF;
    if (!w->ended)
      wc = w->str != NULL ? (*w->str != L'\0' ? (wint_t)*w->str : WEOF) : __stdio_getwc(w->file);
    size_t n = wc == WEOF ? 0 : utf8_length((uint32_t)wc);
    if (n == 0) {
      if (wc != WEOF)
        errno = EILSEQ;  // a wide string holding a non-character
      w->ended = true;
      w->len = w->pos = 0;
      in->last = EOF;
      return EOF;
    }
    if (w->str != NULL)
      w->str++;
    w->len = (unsigned char)utf8_encode(w->enc, (uint32_t)wc);
    w->pos = 0;
  }
  if (w->pos == 0)
    in->count++;
  int c = (unsigned char)w->enc[w->pos++];
  in->last = c;
  return c;
}

void __scan_wide_ungetc(struct scan_in *in) {
  if (in->last == EOF)
    return;
  struct scan_wide *w = in->wide;
  if (--w->pos == 0)
    in->count--;
  in->last = EOF;
}

// Runs the engine over a wide format converted to UTF-8.
int __scan_vwscanf(struct scan_in *in, const wchar_t *format, va_list ap) {
  mbstate_t st = {0};
  const wchar_t *src = format;
  size_t n = wcsrtombs(NULL, &src, 0, &st);
  if (n == (size_t)-1)
    return EOF;
  char small[256];
  char *fmt = n < sizeof(small) ? small : malloc(n + 1);
  if (fmt == NULL)
    return EOF;
  src = format;
  wcsrtombs(fmt, &src, n + 1, &st);
  int r = __scan_vscanf(in, fmt, ap);
  if (fmt != small)
    free(fmt);
  return r;
}

int __stdio_vfwscanf(FILE *f, const wchar_t *format, va_list ap) {
  if (__stdio_wide(f) != 0)
    return EOF;
  struct scan_wide w = {.file = f};
  struct scan_in in = {.wide = &w, .last = EOF};
  int r = __scan_vwscanf(&in, format, ap);
  // A character the engine looked at but did not take goes back.
  if (w.pos < w.len) {
    wchar_t wc;
    mbstate_t st = {0};
    uint32_t c;
    utf8_decode(&c, (const unsigned char *)w.enc, w.len, &st);
    wc = (wchar_t)c;
    ungetwc((wint_t)wc, f);
  }
  return r;
}
