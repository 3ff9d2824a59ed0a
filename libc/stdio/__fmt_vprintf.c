// The printf directive interpreter.
//
// Arguments are consumed in order with va_arg, except when the format uses
// positional arguments (%n$ and *m$): then a first pass records the type
// of every argument number, the arguments are fetched in order into a
// table, and a second pass formats from the table.
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "fmt_directive.h"
#include "fmt_impl.h"

static int parse_number(const char **pp, int *out) {
  const char *p = *pp;
  int v = 0;
  bool overflow = false;
  while (*p >= '0' && *p <= '9') {
    int d = *p++ - '0';
    if (v > (INT_MAX - d) / 10)
      overflow = true;
    else
      v = v * 10 + d;
  }
  *pp = p;
  *out = v;
  return overflow ? EOVERFLOW : 0;
}

// Parses "n$" if it is there.  Returns the number, 0 if absent, -1 on
// an invalid number.
int __fmt_parse_position(const char **pp) {
  const char *p = *pp;
  if (*p < '1' || *p > '9')
    return 0;
  int n;
  if (parse_number(&p, &n) != 0)
    return -1;
  if (*p != '$')
    return 0;
  *pp = p + 1;
  return n > FMT_ARGMAX ? -1 : n;
}

// Parses the directive after '%'; *pp is left after the conversion letter.
int __fmt_parse_directive(const char **pp, struct directive *d) {
  const char *p = *pp;
  d->spec.flags = 0;
  d->spec.width = 0;
  d->spec.prec = -1;
  d->width_arg = -1;
  d->prec_arg = -1;
  d->len = LEN_NONE;
  d->argpos = __fmt_parse_position(&p);
  if (d->argpos < 0)
    return EINVAL;
  for (;; p++) {
    if (*p == '-')
      d->spec.flags |= FMT_MINUS;
    else if (*p == '+')
      d->spec.flags |= FMT_PLUS;
    else if (*p == ' ')
      d->spec.flags |= FMT_SPACE;
    else if (*p == '#')
      d->spec.flags |= FMT_ALT;
    else if (*p == '0')
      d->spec.flags |= FMT_ZERO;
    else
      break;
  }
  if (*p == '*') {
    p++;
    int pos = __fmt_parse_position(&p);
    if (pos < 0)
      return EINVAL;
    d->width_arg = pos;
  } else if (parse_number(&p, &d->spec.width) != 0) {
    return EOVERFLOW;
  }
  if (*p == '.') {
    p++;
    if (*p == '*') {
      p++;
      int pos = __fmt_parse_position(&p);
      if (pos < 0)
        return EINVAL;
      d->prec_arg = pos;
    } else if (parse_number(&p, &d->spec.prec) != 0) {
      return EOVERFLOW;
    }
  }
  switch (*p) {
    case 'h':
      if (*++p == 'h')
        p++, d->len = LEN_HH;
      else
        d->len = LEN_H;
      break;
    case 'l':
      if (*++p == 'l')
        p++, d->len = LEN_LL;
      else
        d->len = LEN_L;
      break;
    case 'j': p++, d->len = LEN_J; break;
    case 'z': p++, d->len = LEN_Z; break;
    case 't': p++, d->len = LEN_T; break;
    case 'L': p++, d->len = LEN_BIGL; break;
  }
  d->conv = *p;
  if (*p == '\0')
    return EINVAL;
  *pp = p + 1;
  return 0;
}

enum arg_class __fmt_class_of(const struct directive *d) {
  switch (d->conv) {
    case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
      return d->len == LEN_NONE || d->len == LEN_HH || d->len == LEN_H ? ARG_INT : ARG_I64;
    case 'c':
    case 'C':
      return ARG_INT;
    case 's': case 'S': case 'p': case 'n':
      return ARG_PTR;
    case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return d->len == LEN_BIGL ? ARG_LDBL : ARG_DBL;
    case '%':
      return ARG_NONE;
    default:
      return (enum arg_class)-1;
  }
}

union arg __fmt_fetch(va_list *ap, enum arg_class c) {
  union arg a;
  switch (c) {
    case ARG_INT: a.i = va_arg(*ap, int); break;
    case ARG_I64: a.l = va_arg(*ap, int64_t); break;
    case ARG_PTR: a.p = va_arg(*ap, void *); break;
    case ARG_DBL: a.d = va_arg(*ap, double); break;
    case ARG_LDBL: a.ld = va_arg(*ap, long double); break;
    default: a.l = 0; break;
  }
  return a;
}

static union arg get(struct args *src, int pos, enum arg_class c) {
  if (src->table != NULL)
    return src->table[pos - 1];
  return __fmt_fetch(&src->ap, c);
}

// Records the argument classes one directive uses in positional mode.
int __fmt_note_positional(const struct directive *d, enum arg_class *classes, int *max) {
  enum arg_class c = __fmt_class_of(d);
  if (c == (enum arg_class)-1)
    return EINVAL;
  if (c == ARG_NONE && d->conv == '%')
    return 0;
  if (d->argpos == 0 || d->width_arg == 0 || d->prec_arg == 0)
    return EINVAL;  // mixing positional and sequential arguments
  struct {
    int pos;
    enum arg_class c;
  } uses[3] = {{d->argpos, c}, {d->width_arg, ARG_INT}, {d->prec_arg, ARG_INT}};
  for (int i = 0; i < 3; i++) {
    int n = uses[i].pos;
    if (n <= 0)
      continue;
    if (classes[n - 1] != ARG_NONE && classes[n - 1] != uses[i].c)
      return EINVAL;  // one argument used with two types
    classes[n - 1] = uses[i].c;
    if (n > *max)
      *max = n;
  }
  return 0;
}

int __fmt_load_positional(struct args *src, union arg *table,
                          int (*collect)(const void *, enum arg_class *, int *),
                          const void *fmt) {
  enum arg_class classes[FMT_ARGMAX] = {ARG_NONE};
  int max;
  int err = collect(fmt, classes, &max);
  if (err != 0)
    return err;
  for (int i = 0; i < max; i++)
    table[i] = __fmt_fetch(&src->ap, classes[i]);
  src->table = table;
  return 0;
}

// First pass of the positional mode: records each argument's class.
static int collect_positional(const void *format, enum arg_class *classes, int *max) {
  const char *fmt = format;
  *max = 0;
  for (const char *p = fmt; (p = strchr(p, '%')) != NULL;) {
    p++;
    struct directive d;
    int err = __fmt_parse_directive(&p, &d);
    if (err != 0)
      return err;
    err = __fmt_note_positional(&d, classes, max);
    if (err != 0)
      return err;
  }
  for (int i = 0; i < *max; i++)
    if (classes[i] == ARG_NONE)
      return EINVAL;  // a gap: its type is unknown, so later ones can't be reached
  return 0;
}

static int utf8_encode(char *buf, uint32_t c) {
  if (c < 0x80) {
    buf[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    buf[0] = (char)(0xc0 | (c >> 6));
    buf[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c >= 0xd800 && c < 0xe000)
    return -1;
  if (c < 0x10000) {
    buf[0] = (char)(0xe0 | (c >> 12));
    buf[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    buf[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  if (c < 0x110000) {
    buf[0] = (char)(0xf0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (c & 0x3f));
    return 4;
  }
  return -1;
}

static int format_wide_string(struct fmt_out *o, const struct fmt_spec *s,
                              const wchar_t *ws) {
  // Bytes to write: whole characters only, at most `prec` bytes.
  size_t limit = s->prec < 0 ? SIZE_MAX : (size_t)s->prec;
  size_t bytes = 0;
  char enc[4];
  for (const wchar_t *w = ws; *w != 0; w++) {
    int n = utf8_encode(enc, (uint32_t)*w);
    if (n < 0)
      return EILSEQ;
    if (bytes + (size_t)n > limit)
      break;
    bytes += (size_t)n;
  }
  size_t fill = (uint64_t)s->width > bytes ? (size_t)s->width - bytes : 0;
  if (!(s->flags & FMT_MINUS))
    fmt_pad(o, ' ', fill);
  size_t done = 0;
  for (const wchar_t *w = ws; done < bytes; w++) {
    int n = utf8_encode(enc, (uint32_t)*w);
    fmt_write(o, enc, (size_t)n);
    done += (size_t)n;
  }
  if (s->flags & FMT_MINUS)
    fmt_pad(o, ' ', fill);
  return 0;
}

static void store_count(void *p, enum length len, uint64_t count) {
  switch (len) {
    case LEN_HH: *(signed char *)p = (signed char)count; break;
    case LEN_H: *(short *)p = (short)count; break;
    case LEN_L: *(long *)p = (long)count; break;
    case LEN_LL: case LEN_BIGL: *(long long *)p = (long long)count; break;
    case LEN_J: *(intmax_t *)p = (intmax_t)count; break;
    case LEN_Z: *(size_t *)p = (size_t)count; break;
    case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)count; break;
    default: *(int *)p = (int)count; break;
  }
}

static void format_integer(struct fmt_out *o, struct fmt_spec *s, char conv,
                           enum length len, union arg a) {
  uint64_t u;
  bool neg = false;
  if (conv == 'd' || conv == 'i') {
    int64_t v;
    switch (len) {
      case LEN_NONE: v = a.i; break;
      case LEN_HH: v = (signed char)a.i; break;
      case LEN_H: v = (short)a.i; break;
      default: v = a.l; break;
    }
    neg = v < 0;
    u = neg ? -(uint64_t)v : (uint64_t)v;
  } else {
    switch (len) {
      case LEN_NONE: u = (unsigned)a.i; break;
      case LEN_HH: u = (unsigned char)a.i; break;
      case LEN_H: u = (unsigned short)a.i; break;
      default: u = (uint64_t)a.l; break;
    }
  }
  char buf[24];
  char *end = buf + sizeof(buf), *p = end;
  switch (conv) {
    case 'o':
      for (uint64_t t = u; t != 0; t >>= 3)
        *--p = (char)('0' + (t & 7));
      break;
    case 'x':
    case 'X': {
      const char *xd = conv == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
      for (uint64_t t = u; t != 0; t >>= 4)
        *--p = xd[t & 15];
      break;
    }
    default:
      for (uint64_t t = u; t != 0; t /= 10)
        *--p = (char)('0' + t % 10);
      break;
  }
  size_t ndig = (size_t)(end - p);
  size_t zeros = 0;
  if (s->prec >= 0) {
    s->flags &= ~FMT_ZERO;
    if ((size_t)s->prec > ndig)
      zeros = (size_t)s->prec - ndig;
  } else if (ndig == 0) {
    zeros = 1;  // the value zero with the default precision 1
  }
  char pre[2];
  size_t prelen = 0;
  if (conv == 'd' || conv == 'i') {
    if (neg)
      pre[prelen++] = '-';
    else if (s->flags & FMT_PLUS)
      pre[prelen++] = '+';
    else if (s->flags & FMT_SPACE)
      pre[prelen++] = ' ';
  } else if (s->flags & FMT_ALT) {
    if (conv == 'o') {
      if (zeros == 0 && (ndig == 0 || *p != '0'))
        zeros = 1;
    } else if (conv != 'u' && u != 0) {
      pre[prelen++] = '0';
      pre[prelen++] = conv;
    }
  }
  __fmt_field(o, s, pre, prelen, zeros, p, ndig);
}

static void format_pointer(struct fmt_out *o, struct fmt_spec *s, void *ptr) {
  if (ptr == NULL) {
    s->flags &= ~FMT_ZERO;
    __fmt_field(o, s, "", 0, 0, "(nil)", 5);
    return;
  }
  char buf[16];
  char *end = buf + sizeof(buf), *p = end;
  for (uintptr_t t = (uintptr_t)ptr; t != 0; t >>= 4)
    *--p = "0123456789abcdef"[t & 15];
  size_t ndig = (size_t)(end - p), zeros = 0;
  if (s->prec >= 0) {
    s->flags &= ~FMT_ZERO;
    if ((size_t)s->prec > ndig)
      zeros = (size_t)s->prec - ndig;
  }
  char pre[3];
  size_t prelen = 0;
  if (s->flags & FMT_PLUS)
    pre[prelen++] = '+';
  else if (s->flags & FMT_SPACE)
    pre[prelen++] = ' ';
  pre[prelen++] = '0';
  pre[prelen++] = 'x';
  __fmt_field(o, s, pre, prelen, zeros, p, ndig);
}

// Checks that a directive does not mix sequential and positional
// arguments, resolves '*' widths and precisions, normalises the flags and
// fetches the argument (nothing for %%).
int __fmt_prepare(struct directive *d, struct args *src, union arg *a) {
  if (src->table != NULL && d->conv != '%' &&
      (d->argpos == 0 || d->width_arg == 0 || d->prec_arg == 0))
    return EINVAL;
  if (src->table == NULL && (d->argpos > 0 || d->width_arg > 0 || d->prec_arg > 0))
    return EINVAL;
  struct fmt_spec *s = &d->spec;
  if (d->width_arg >= 0) {
    int w = get(src, d->width_arg, ARG_INT).i;
    if (w < 0) {
      if (w == INT_MIN)
        return EOVERFLOW;
      s->flags |= FMT_MINUS;
      w = -w;
    }
    s->width = w;
  }
  if (d->prec_arg >= 0) {
    int pr = get(src, d->prec_arg, ARG_INT).i;
    s->prec = pr < 0 ? -1 : pr;
  }
  if (s->flags & FMT_MINUS)
    s->flags &= ~FMT_ZERO;
  if (s->flags & FMT_PLUS)
    s->flags &= ~FMT_SPACE;
  enum arg_class c = __fmt_class_of(d);
  if (c == (enum arg_class)-1)
    return EINVAL;
  if (d->conv != '%')
    *a = get(src, d->argpos, c);
  return 0;
}

// Formats one prepared directive.
int __fmt_convert(struct fmt_out *o, struct directive *d, union arg a) {
  struct fmt_spec *s = &d->spec;
  char conv = d->conv;
  if (conv == '%') {
    fmt_write(o, "%", 1);
    return 0;
  }
  switch (conv) {
    case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
      format_integer(o, s, conv, d->len, a);
      return 0;
    case 'c':
    case 'C': {
      char enc[4];
      int n = 1;
      if (conv == 'C' || d->len == LEN_L) {
        n = utf8_encode(enc, (uint32_t)a.i);
        if (n < 0)
          return EILSEQ;
      } else {
        enc[0] = (char)a.i;
      }
      s->flags &= ~FMT_ZERO;
      __fmt_field(o, s, "", 0, 0, enc, (size_t)n);
      return 0;
    }
    case 's':
    case 'S': {
      s->flags &= ~FMT_ZERO;
      if (a.p == NULL) {
        // glibc's convention: "(null)", or nothing if it would be cut.
        const char *null_text = s->prec >= 0 && s->prec < 6 ? "" : "(null)";
        __fmt_field(o, s, "", 0, 0, null_text, strlen(null_text));
        return 0;
      }
      if (conv == 'S' || d->len == LEN_L)
        return format_wide_string(o, s, a.p);
      size_t n = s->prec >= 0 ? strnlen(a.p, (size_t)s->prec) : strlen(a.p);
      __fmt_field(o, s, "", 0, 0, a.p, n);
      return 0;
    }
    case 'p':
      format_pointer(o, s, a.p);
      return 0;
    case 'n':
      store_count(a.p, d->len, o->count);
      return 0;
    default: {  // floating point
      if (conv >= 'A' && conv <= 'Z') {
        s->flags |= FMT_UPPER;
        conv = (char)(conv - 'A' + 'a');
      }
      s->conv = conv;
      long double v;
      if (d->len == LEN_BIGL) {
        s->flags |= FMT_LONGDBL;
        v = a.ld;
      } else {
        v = a.d;
      }
      __fmt_float(o, s, v);
      return 0;
    }
  }
}

int __fmt_vprintf(struct fmt_out *o, const char *fmt, va_list ap) {
  struct args src;
  union arg table[FMT_ARGMAX];
  src.table = NULL;
  va_copy(src.ap, ap);
  int err = 0;

  // Positional mode is decided by the first conversion.
  const char *first = strchr(fmt, '%');
  while (first != NULL && first[1] == '%')
    first = strchr(first + 2, '%');
  if (first != NULL) {
    const char *p = first + 1;
    if (__fmt_parse_position(&p) > 0) {
      err = __fmt_load_positional(&src, table, collect_positional, fmt);
      if (err != 0)
        goto done;
    }
  }

  for (const char *p = fmt; *p != '\0' && o->error == 0;) {
    const char *pct = strchr(p, '%');
    if (pct == NULL) {
      fmt_write(o, p, strlen(p));
      break;
    }
    fmt_write(o, p, (size_t)(pct - p));
    p = pct + 1;
    struct directive d;
    err = __fmt_parse_directive(&p, &d);
    if (err != 0)
      break;
    union arg a;
    err = __fmt_prepare(&d, &src, &a);
    if (err == 0)
      err = __fmt_convert(o, &d, a);
    if (err != 0)
      break;
  }
done:
  va_end(src.ap);
  if (err == 0)
    err = o->error;
  if (err == 0 && o->count > INT_MAX)
    err = EOVERFLOW;
  return err;
}
