// The wide printf directive interpreter.
//
// Directives consist of ASCII characters, so each one is copied into a
// byte buffer and parsed, checked and fetched by the narrow interpreter's
// functions (fmt_directive.h); numbers, pointers and %% are formatted by
// the narrow formatters through the widening sink.  Only the conversions
// whose argument is text differ: %c and %s take multibyte characters and
// convert them, %lc and %ls copy, and their widths and precisions count
// wide characters.
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "fmt_directive.h"
#include "unicode_utf8.h"
#include "wfmt_impl.h"

#define DIRECTIVE_MAX 128

// Copies the directive that starts at p (after '%') into buf: the flags,
// digits, '$', '*', '.' and length letters, and the conversion character,
// which becomes "\x01" (an unknown conversion) if it is not ASCII.
static void narrow_directive(const wchar_t *p, char *buf) {
  size_t i = 0;
  while (i < DIRECTIVE_MAX - 1 && p[i] != L'\0') {
    wchar_t c = p[i];
    buf[i++] = c > 0 && c < 0x80 ? (char)c : '\x01';
    if (c >= 0x80 || strchr("0123456789$*.-+ #hlLjzt", (int)c) == NULL)
      break;
  }
  buf[i] = '\0';
}

// Parses the directive after the '%' at *pp, advancing *pp past it.
static int parse(const wchar_t **pp, struct directive *d) {
  char buf[DIRECTIVE_MAX];
  narrow_directive(*pp, buf);
  const char *p = buf;
  int err = __fmt_parse_directive(&p, d);
  *pp += p - buf;
  return err;
}

static int collect_positional(const void *format, enum arg_class *classes, int *max) {
  const wchar_t *fmt = format;
  *max = 0;
  for (const wchar_t *p = fmt; (p = wcschr(p, L'%')) != NULL;) {
    p++;
    struct directive d;
    int err = parse(&p, &d);
    if (err == 0)
      err = __fmt_note_positional(&d, classes, max);
    if (err != 0)
      return err;
  }
  for (int i = 0; i < *max; i++)
    if (classes[i] == ARG_NONE)
      return EINVAL;
  return 0;
}

static void pad_field(struct wfmt_out *w, const struct fmt_spec *s, size_t len, bool before) {
  bool left = (s->flags & FMT_MINUS) != 0;
  if ((uint64_t)s->width > len && left != before)
    __wfmt_pad(w, L' ', (size_t)s->width - len);
}

// %s: a multibyte string, at most `prec` wide characters of it.
static int format_mbs(struct wfmt_out *w, const struct fmt_spec *s, const char *str) {
  size_t limit = s->prec < 0 ? SIZE_MAX : (size_t)s->prec;
  size_t len = 0;
  mbstate_t st = {0};
  const unsigned char *p = (const unsigned char *)str;
  // First pass: validate and count.
  while (len < limit && *p != '\0') {
    uint32_t wc;
    size_t r = utf8_decode(&wc, p, 4, &st);
    if (r == UTF8_INVALID || r == UTF8_INCOMPLETE)
      return EILSEQ;
    p += r;
    len++;
  }
  pad_field(w, s, len, true);
  p = (const unsigned char *)str;
  for (size_t i = 0; i < len; i++) {
    uint32_t wc;
    p += utf8_decode(&wc, p, 4, &st);
    wchar_t c = (wchar_t)wc;
    __wfmt_write(w, &c, 1);
  }
  pad_field(w, s, len, false);
  return 0;
}

static int format_text(struct wfmt_out *w, struct directive *d, union arg a) {
  struct fmt_spec *s = &d->spec;
  bool wide = d->len == LEN_L || d->conv == 'C' || d->conv == 'S';
  if (d->conv == 'c' || d->conv == 'C') {
    wchar_t c = (wchar_t)a.i;
    if (!wide) {
      // btowc: only the single-byte characters of UTF-8.
      if ((unsigned char)a.i >= 0x80)
        return EILSEQ;
      c = (wchar_t)(unsigned char)a.i;
    }
    pad_field(w, s, 1, true);
    __wfmt_write(w, &c, 1);
    pad_field(w, s, 1, false);
    return 0;
  }
  if (a.p == NULL) {
    // As the narrow engine: "(null)", or nothing if it would be cut.
    static const wchar_t null_text[] = L"(null)";
    size_t n = s->prec >= 0 && s->prec < 6 ? 0 : 6;
    pad_field(w, s, n, true);
    __wfmt_write(w, null_text, n);
    pad_field(w, s, n, false);
    return 0;
  }
  if (!wide)
    return format_mbs(w, s, a.p);
  const wchar_t *ws = a.p;
  size_t n = s->prec >= 0 ? wcsnlen(ws, (size_t)s->prec) : wcslen(ws);
  pad_field(w, s, n, true);
  __wfmt_write(w, ws, n);
  pad_field(w, s, n, false);
  return 0;
}

int __fmt_vwprintf(struct wfmt_out *w, const wchar_t *fmt, va_list ap) {
  struct args src;
  union arg table[FMT_ARGMAX];
  src.table = NULL;
  va_copy(src.ap, ap);
  int err = 0;

  const wchar_t *first = wcschr(fmt, L'%');
  while (first != NULL && first[1] == L'%')
    first = wcschr(first + 2, L'%');
  if (first != NULL) {
    char buf[DIRECTIVE_MAX];
    narrow_directive(first + 1, buf);
    const char *p = buf;
    if (__fmt_parse_position(&p) > 0) {
      err = __fmt_load_positional(&src, table, collect_positional, fmt);
      if (err != 0)
        goto done;
    }
  }

  for (const wchar_t *p = fmt; *p != L'\0' && w->out.error == 0;) {
    const wchar_t *pct = wcschr(p, L'%');
    if (pct == NULL) {
      __wfmt_write(w, p, wcslen(p));
      break;
    }
    __wfmt_write(w, p, (size_t)(pct - p));
    p = pct + 1;
    struct directive d;
    union arg a;
    err = parse(&p, &d);
    if (err == 0)
      err = __fmt_prepare(&d, &src, &a);
    if (err == 0) {
      switch (d.conv) {
        case 'c': case 'C': case 's': case 'S':
          err = format_text(w, &d, a);
          break;
        default:
          err = __fmt_convert(&w->out, &d, a);
          break;
      }
    }
    if (err != 0)
      break;
  }
done:
  va_end(src.ap);
  __wfmt_flush_stage(w);
  if (err == 0)
    err = w->out.error;
  if (err == 0 && w->out.count > INT_MAX)
    err = EOVERFLOW;
  return err;
}
