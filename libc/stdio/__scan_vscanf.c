// The scanf directive interpreter shared by sscanf and fscanf.
//
// Integers are converted here (saturating like strtoll/strtoull); floating
// point text is collected with the strtod grammar and converted by strtof,
// strtod or strtold, so that the result is rounded exactly like theirs.
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scan_impl.h"

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIGL };

static bool is_space(int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static void skip_space(struct scan_in *in) {
  int c;
  while ((c = scan_getc(in)) != EOF && is_space(c)) {
  }
  scan_ungetc(in);
}

static int digit_value(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

// A growable text buffer for floating-point input.
struct text {
  char *p;
  size_t len, cap;
  char small[128];
};

static bool text_add(struct text *t, int c) {
  if (t->len + 1 >= t->cap) {
    size_t cap = t->cap * 2;
    char *n = t->p == t->small ? malloc(cap) : realloc(t->p, cap);
    if (n == NULL)
      return false;
    if (t->p == t->small)
      memcpy(n, t->small, t->len);
    t->p = n;
    t->cap = cap;
  }
  t->p[t->len++] = (char)c;
  return true;
}

// Reads the rest of one UTF-8 character whose first byte is c.  Returns
// the code point, or -1 for an invalid sequence.  Field widths count
// characters, so the continuation bytes are not counted.
static long read_utf8(struct scan_in *in, int c) {
  int extra;
  long cp;
  if (c < 0x80)
    return c;
  if (c >= 0xc2 && c <= 0xdf)
    extra = 1, cp = c & 0x1f;
  else if (c >= 0xe0 && c <= 0xef)
    extra = 2, cp = c & 0x0f;
  else if (c >= 0xf0 && c <= 0xf4)
    extra = 3, cp = c & 0x07;
  else
    return -1;
  for (int i = 0; i < extra; i++) {
    int d = scan_getc(in);
    if (d == EOF || (d & 0xc0) != 0x80) {
      scan_ungetc(in);
      return -1;
    }
    cp = (cp << 6) | (d & 0x3f);
  }
  if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
      (cp >= 0xd800 && cp < 0xe000))
    return -1;
  return cp;
}

struct arglist {
  va_list ap;        // sequential arguments
  va_list start;     // for %n$
  bool positional;
};

static void *next_pointer(struct arglist *a, int pos) {
  if (pos == 0)
    return va_arg(a->ap, void *);
  va_list ap;
  va_copy(ap, a->start);
  void *p = NULL;
  for (int i = 0; i < pos; i++)
    p = va_arg(ap, void *);
  va_end(ap);
  return p;
}

static void store_int(void *p, enum length len, uint64_t v) {
  switch (len) {
    case LEN_HH: *(char *)p = (char)v; break;
    case LEN_H: *(short *)p = (short)v; break;
    case LEN_L: *(long *)p = (long)v; break;
    case LEN_LL: case LEN_BIGL: *(long long *)p = (long long)v; break;
    case LEN_J: *(intmax_t *)p = (intmax_t)v; break;
    case LEN_Z: *(size_t *)p = (size_t)v; break;
    case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
    default: *(int *)p = (int)v; break;
  }
}

// Scans an integer in `base` (0: decimal, octal or hex by prefix).
// Returns false for a matching failure.
static bool scan_integer(struct scan_in *in, size_t width, int base, bool is_signed,
                         uint64_t *out) {
  int c = scan_getc(in);
  bool neg = false;
  if ((c == '+' || c == '-') && width > 0) {
    neg = c == '-';
    width--;
    c = scan_getc(in);
  }
  bool any = false;
  if ((base == 0 || base == 16) && c == '0' && width > 0) {
    any = true;  // the 0 alone is a valid number
    width--;
    c = scan_getc(in);
    if ((c == 'x' || c == 'X') && width > 0) {
      // "0x" must be followed by a hex digit: "0x" alone is a prefix of a
      // number but not a number (a matching failure, as C specifies and
      // musl does; glibc accepts it as 0).
      any = false;
      base = 16;
      width--;
      c = scan_getc(in);
    } else if (base == 0) {
      base = 8;
    }
  } else if (base == 0) {
    base = 10;
  }
  uint64_t v = 0;
  bool overflow = false;
  while (width > 0 && c != EOF && digit_value(c) < base) {
    int d = digit_value(c);
    if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
      overflow = true;
    else
      v = v * (uint64_t)base + (uint64_t)d;
    any = true;
    width--;
    c = scan_getc(in);
  }
  scan_ungetc(in);  // the byte after the number (no-op at EOF)
  if (!any)
    return false;
  if (is_signed) {
    if (overflow || v > (neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX))
      v = neg ? (uint64_t)INT64_MIN : (uint64_t)INT64_MAX;
    else if (neg)
      v = -v;
  } else {
    if (overflow)
      v = UINT64_MAX;
    else if (neg)
      v = -v;
  }
  *out = v;
  return true;
}

// Matches the letters of `word` case-insensitively after the first,
// adding them to t.  Returns how many matched.
static size_t match_word(struct scan_in *in, struct text *t, const char *word,
                         size_t *width) {
  size_t n = 0;
  while (word[n] != '\0' && *width > 0) {
    int c = scan_getc(in);
    if (c == EOF || (c | 0x20) != word[n]) {
      scan_ungetc(in);
      break;
    }
    text_add(t, c);
    (*width)--;
    n++;
  }
  return n;
}

// Collects the longest prefix of the input that can start a floating-point
// number (strtod's grammar).  Returns false if it is not a whole number.
static bool collect_float(struct scan_in *in, size_t width, struct text *t) {
  int c = scan_getc(in);
  if ((c == '+' || c == '-') && width > 0) {
    text_add(t, c);
    width--;
    c = scan_getc(in);
  }
  if (width > 0 && (c == 'i' || c == 'I')) {
    text_add(t, c);
    width--;
    if (match_word(in, t, "nf", &width) != 2)
      return false;
    size_t n = match_word(in, t, "inity", &width);
    return n == 0 || n == 5;
  }
  if (width > 0 && (c == 'n' || c == 'N')) {
    text_add(t, c);
    width--;
    if (match_word(in, t, "an", &width) != 2)
      return false;
    if (width > 0) {
      c = scan_getc(in);
      if (c != '(') {
        scan_ungetc(in);
        return true;
      }
      text_add(t, c);
      width--;
      while (width > 0) {
        c = scan_getc(in);
        if (c == ')') {
          text_add(t, c);
          return true;
        }
        if (c == EOF || !(c == '_' || digit_value(c) < 36)) {
          scan_ungetc(in);
          return false;
        }
        text_add(t, c);
        width--;
      }
      return false;
    }
    return true;
  }
  int base = 10;
  bool digits = false;
  if (width > 0 && c == '0') {
    text_add(t, c);
    width--;
    digits = true;
    c = scan_getc(in);
    if (width > 0 && (c == 'x' || c == 'X')) {
      text_add(t, c);
      width--;
      base = 16;
      digits = false;
      c = scan_getc(in);
    }
  }
  while (width > 0 && c != EOF && digit_value(c) < base) {
    text_add(t, c);
    width--;
    digits = true;
    c = scan_getc(in);
  }
  if (width > 0 && c == '.') {
    text_add(t, c);
    width--;
    c = scan_getc(in);
    while (width > 0 && c != EOF && digit_value(c) < base) {
      text_add(t, c);
      width--;
      digits = true;
      c = scan_getc(in);
    }
  }
  if (!digits) {
    scan_ungetc(in);
    return false;
  }
  if (width > 0 && (base == 10 ? (c == 'e' || c == 'E') : (c == 'p' || c == 'P'))) {
    text_add(t, c);
    width--;
    c = scan_getc(in);
    if (width > 0 && (c == '+' || c == '-')) {
      text_add(t, c);
      width--;
      c = scan_getc(in);
    }
    bool exp_digits = false;
    while (width > 0 && c >= '0' && c <= '9') {
      text_add(t, c);
      width--;
      exp_digits = true;
      c = scan_getc(in);
    }
    if (!exp_digits) {
      scan_ungetc(in);
      return false;
    }
  }
  scan_ungetc(in);
  return true;
}

// Parses a scanset after '['; *fp is left after the closing ']'.
static bool parse_set(const unsigned char **fp, bool set[256]) {
  const unsigned char *p = *fp;
  bool invert = false;
  if (*p == '^') {
    invert = true;
    p++;
  }
  memset(set, 0, 256 * sizeof(bool));
  if (*p == ']') {
    set[']'] = true;
    p++;
  }
  for (; *p != ']'; p++) {
    if (*p == '\0')
      return false;
    if (p[1] == '-' && p[2] != ']' && p[2] != '\0' && p[2] >= p[0]) {
      for (int c = p[0]; c <= p[2]; c++)
        set[c] = true;
      p += 2;
    } else {
      set[*p] = true;
    }
  }
  if (invert)
    for (int c = 0; c < 256; c++)
      set[c] = !set[c];
  *fp = p + 1;
  return true;
}

int __scan_vscanf(struct scan_in *in, const char *format, va_list ap) {
  const unsigned char *f = (const unsigned char *)format;
  struct arglist args;
  va_copy(args.ap, ap);
  va_copy(args.start, ap);
  int assigned = 0;
  bool input_failure = false;

  while (*f != '\0') {
    if (is_space(*f)) {
      while (is_space(*f))
        f++;
      skip_space(in);
      continue;
    }
    if (*f != '%' || f[1] == '%') {
      if (*f == '%') {
        f++;
        skip_space(in);
      }
      int c = scan_getc(in);
      if (c == EOF) {
        input_failure = true;
        break;
      }
      if (c != *f) {
        scan_ungetc(in);
        break;
      }
      f++;
      continue;
    }
    f++;
    // %[n$][*][width][length]conversion
    int pos = 0;
    if (*f >= '1' && *f <= '9') {
      const unsigned char *q = f;
      int n = 0;
      for (; *q >= '0' && *q <= '9'; q++)
        if (n < 10000)
          n = n * 10 + (*q - '0');
      if (*q == '$') {
        pos = n;
        f = q + 1;
      }
    }
    bool suppress = false;
    if (*f == '*') {
      suppress = true;
      f++;
    }
    size_t width = 0;
    bool has_width = false;
    while (*f >= '0' && *f <= '9') {
      has_width = true;
      width = width < SIZE_MAX / 20 ? width * 10 + (size_t)(*f - '0') : width;
      f++;
    }
    if (has_width && width == 0)
      break;  // invalid
    enum length len = LEN_NONE;
    switch (*f) {
      case 'h': len = f[1] == 'h' ? (f++, LEN_HH) : LEN_H; f++; break;
      case 'l': len = f[1] == 'l' ? (f++, LEN_LL) : LEN_L; f++; break;
      case 'q': len = LEN_LL; f++; break;
      case 'j': len = LEN_J; f++; break;
      case 'z': len = LEN_Z; f++; break;
      case 't': len = LEN_T; f++; break;
      case 'L': len = LEN_BIGL; f++; break;
    }
    int conv = *f++;
    if (conv == '\0')
      break;
    if (!has_width)
      width = conv == 'c' || conv == 'C' ? 1 : SIZE_MAX;
    if (conv != '[' && conv != 'c' && conv != 'C' && conv != 'n')
      skip_space(in);
    void *dest = NULL;

    if (conv == 'n') {
      if (!suppress)
        store_int(next_pointer(&args, pos), len, in->count);
      continue;
    }
    // Input failure: nothing at all to convert.
    int peek = scan_getc(in);
    if (peek == EOF) {
      input_failure = true;
      break;
    }
    scan_ungetc(in);

    bool ok = true;
    switch (conv) {
      case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p': {
        int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
        uint64_t v;
        ok = scan_integer(in, width, base, conv == 'd' || conv == 'i', &v);
        if (ok && !suppress) {
          dest = next_pointer(&args, pos);
          if (conv == 'p')
            *(void **)dest = (void *)(uintptr_t)v;
          else
            store_int(dest, len, v);
        }
        break;
      }
      case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        struct text t = {.p = NULL, .len = 0, .cap = sizeof(t.small)};
        t.p = t.small;
        ok = collect_float(in, width, &t);
        if (ok && text_add(&t, '\0') && !suppress) {
          dest = next_pointer(&args, pos);
          char *end;
          if (len == LEN_BIGL)
            *(long double *)dest = strtold(t.p, &end);
          else if (len == LEN_L)
            *(double *)dest = strtod(t.p, &end);
          else
            *(float *)dest = strtof(t.p, &end);
          ok = *end == '\0';
        }
        if (t.p != t.small)
          free(t.p);
        break;
      }
      case 'c':
      case 'C':
      case 's':
      case 'S':
      case '[': {
        bool set[256];
        bool wide = len == LEN_L || conv == 'C' || conv == 'S';
        if (conv == '[') {
          if (!parse_set(&f, set)) {
            ok = false;
            break;
          }
        } else if (conv == 's' || conv == 'S') {
          for (int c = 0; c < 256; c++)
            set[c] = !is_space(c);
        } else {
          memset(set, 1, sizeof(set));
        }
        if (!suppress)
          dest = next_pointer(&args, pos);
        size_t n = 0;
        while (width > 0) {
          int c = scan_getc(in);
          if (c == EOF)
            break;
          if (!set[c]) {
            scan_ungetc(in);
            break;
          }
          width--;
          if (wide) {
            long cp = read_utf8(in, c);
            if (cp < 0) {
              errno = EILSEQ;
              ok = false;
              break;
            }
            if (dest != NULL)
              ((wchar_t *)dest)[n] = (wchar_t)cp;
          } else {
            if (dest != NULL)
              ((char *)dest)[n] = (char)c;
            // From a wide source (the wscanf family) the width counts
            // characters, which are stored as whole UTF-8 sequences.
            for (int k = in->wide != NULL ? (c >= 0xf0) + (c >= 0xe0) + (c >= 0xc0) : 0; k > 0; k--) {
              c = scan_getc(in);
              if (dest != NULL)
                ((char *)dest)[n + 1] = (char)c;
              n++;
            }
          }
          n++;
        }
        if (!ok)
          break;
        if (n == 0 || ((conv == 'c' || conv == 'C') && width > 0)) {
          // Nothing read at the end of input is an input failure; a %Nc that
          // got fewer than N characters is a matching failure (as in musl).
          ok = false;
          if (n == 0 && scan_getc(in) == EOF)
            input_failure = true;
          else if (n == 0)
            scan_ungetc(in);
          break;
        }
        if (dest != NULL && conv != 'c' && conv != 'C') {
          if (wide)
            ((wchar_t *)dest)[n] = 0;
          else
            ((char *)dest)[n] = '\0';
        }
        break;
      }
      default:
        ok = false;  // unknown conversion
        break;
    }
    if (!ok)
      break;
    if (!suppress)
      assigned++;
  }
  va_end(args.ap);
  va_end(args.start);
  // EOF when input ran out before anything was assigned, even if a
  // suppressed conversion had completed (musl and glibc agree on this).
  if (input_failure && assigned == 0)
    return EOF;
  return assigned;
}
