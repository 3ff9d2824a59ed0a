#include <errno.h>
#include <monetary.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

// Appends n bytes of s to the output, failing with E2BIG when full.
static bool put(char *s, size_t maxsize, size_t *len, const char *src,
                size_t n) {
  if (n > maxsize || *len > maxsize - n)
    return false;
  memcpy(s + *len, src, n);
  *len += n;
  return true;
}

static bool put_repeat(char *s, size_t maxsize, size_t *len, char c,
                       size_t n) {
  if (n > maxsize || *len > maxsize - n)
    return false;
  memset(s + *len, c, n);
  *len += n;
  return true;
}

static size_t read_number(const char **p) {
  size_t v = 0;
  while (**p >= '0' && **p <= '9') {
    if (v < 100000)
      v = v * 10 + (size_t)(**p - '0');
    (*p)++;
  }
  return v;
}

ssize_t vstrfmon_l(char *restrict s, size_t maxsize, locale_t locale,
                   const char *restrict format, va_list ap) {
  size_t len = 0;
  const char *p = format;
  while (*p != '\0') {
    if (*p != '%' || p[1] == '%') {
      if (!put(s, maxsize, &len, p, 1))
        goto too_big;
      p += *p == '%' ? 2 : 1;
      continue;
    }
    p++;
    // Flags.
    char fill = ' ';
    bool parens = false, left = false;
    for (;;) {
      if (*p == '=' && p[1] != '\0') {
        fill = p[1];
        p += 2;
      } else if (*p == '(') {
        parens = true;
        p++;
      } else if (*p == '+' || *p == '^' || *p == '!') {
        // '+' is the default sign style; there is no grouping and no
        // currency symbol to suppress.
        p++;
      } else if (*p == '-') {
        left = true;
        p++;
      } else {
        break;
      }
    }
    size_t width = read_number(&p);
    bool have_left_prec = false;
    size_t left_prec = 0, right_prec = 2;
    if (*p == '#') {
      p++;
      if (*p < '0' || *p > '9')
        goto invalid;
      have_left_prec = true;
      left_prec = read_number(&p);
    }
    if (*p == '.') {
      p++;
      if (*p < '0' || *p > '9')
        goto invalid;
      right_prec = read_number(&p);
      if (right_prec > 100)
        goto invalid;
    }
    if (*p != 'i' && *p != 'n')
      goto invalid;
    p++;
    double value = va_arg(ap, double);
    bool negative = value < 0;

    // The digits, then the integer part padded to the left precision.
    char digits[400];
    int n = snprintf(digits, sizeof(digits), "%.*f", (int)right_prec,
                     negative ? -value : value);
    if (n < 0 || (size_t)n >= sizeof(digits))
      goto invalid;
    const char *dot = strchr(digits, '.');
    size_t int_len = dot != NULL ? (size_t)(dot - digits) : (size_t)n;
    size_t pad = have_left_prec && left_prec > int_len ? left_prec - int_len : 0;
    size_t body = pad + (size_t)n;
    size_t prefix = negative || have_left_prec ? 1 : 0;
    size_t suffix = parens && negative ? 1 : 0;
    size_t total = prefix + body + suffix;
    size_t spaces = width > total ? width - total : 0;

    if (!left && !put_repeat(s, maxsize, &len, ' ', spaces))
      goto too_big;
    if (prefix > 0) {
      char sign = !negative ? ' ' : parens ? '(' : '-';
      if (!put(s, maxsize, &len, &sign, 1))
        goto too_big;
    }
    if (!put_repeat(s, maxsize, &len, fill, pad) ||
        !put(s, maxsize, &len, digits, (size_t)n) ||
        (suffix > 0 && !put(s, maxsize, &len, ")", 1)))
      goto too_big;
    if (left && !put_repeat(s, maxsize, &len, ' ', spaces))
      goto too_big;
  }
  if (len >= maxsize)
    goto too_big;
  s[len] = '\0';
  return (ssize_t)len;

too_big:
  errno = E2BIG;
  return -1;
invalid:
  errno = EINVAL;
  return -1;
}
