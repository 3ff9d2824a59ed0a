#include "unicode_utf8.h"
#include "wstdio_impl.h"

// The UTF-8 bytes go back through ungetc, last byte first, after checking
// that the pushback room takes all of them.
wint_t ungetwc(wint_t wc, FILE *f) {
  if (wc == WEOF)
    return WEOF;
  __stdio_lock(f);
  wint_t r = WEOF;
  if (__stdio_wide(f) != 0 || __stdio_to_read(f) != 0)
    goto out;
  size_t n = utf8_length((uint32_t)wc);
  if (n == 0) {
    errno = EILSEQ;
    goto out;
  }
  size_t room = f->s.flags & F_PUSHBACK ? (size_t)(f->s.rpos - f->s.ungetbuf)
                                        : STDIO_UNGET;
  if (!(f->s.flags & F_PUSHBACK) && (size_t)(f->s.rpos - f->s.buf) >= n)
    room = n;
  if (room < n)
    goto out;
  char enc[4];
  utf8_encode(enc, (uint32_t)wc);
  while (n > 0)
    ungetc((unsigned char)enc[--n], f);
  r = wc;
out:
  __stdio_unlock(f);
  return r;
}
