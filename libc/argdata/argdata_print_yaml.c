#include <_/struct_timespec.h>
#include <argdata.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "argdata_encode.h"

// Output is collected in a small buffer and handed to fwrite in chunks.
struct sink {
  FILE *fp;
  size_t len;
  char buf[512];
};

static void flush(struct sink *s) {
  if (s->len > 0)
    fwrite(s->buf, 1, s->len, s->fp);
  s->len = 0;
}

static void put(struct sink *s, const char *p, size_t n) {
  while (n > 0) {
    if (s->len == sizeof(s->buf))
      flush(s);
    size_t chunk = sizeof(s->buf) - s->len;
    if (chunk > n)
      chunk = n;
    memcpy(s->buf + s->len, p, chunk);
    s->len += chunk;
    p += chunk;
    n -= chunk;
  }
}

static void puts_(struct sink *s, const char *str) {
  put(s, str, strlen(str));
}

static void putc_(struct sink *s, char c) {
  put(s, &c, 1);
}

static void newline(struct sink *s, size_t indent) {
  putc_(s, '\n');
  for (size_t i = 0; i < indent; i++)
    putc_(s, ' ');
}

static void put_unsigned(struct sink *s, uintmax_t v, size_t min_digits) {
  char tmp[24];
  size_t n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n < min_digits)
    tmp[n++] = '0';
  while (n > 0)
    putc_(s, tmp[--n]);
}

static void put_signed(struct sink *s, intmax_t v) {
  if (v < 0) {
    putc_(s, '-');
    put_unsigned(s, -(uintmax_t)v, 1);
  } else {
    put_unsigned(s, (uintmax_t)v, 1);
  }
}

static void put_hex(struct sink *s, uint32_t v, size_t digits) {
  static const char hex[] = "0123456789abcdef";
  while (digits-- > 0)
    putc_(s, hex[v >> (4 * digits) & 0xf]);
}

static void print_binary(struct sink *s, const uint8_t *p, size_t n) {
  static const char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  puts_(s, "!!binary \"");
  for (; n > 0; p += 3, n = n >= 3 ? n - 3 : 0) {
    // One group of up to three bytes becomes four characters.
    uint32_t group = (uint32_t)p[0] << 16;
    if (n > 1)
      group |= (uint32_t)p[1] << 8;
    if (n > 2)
      group |= p[2];
    char out[4] = {alphabet[group >> 18], alphabet[group >> 12 & 0x3f],
                   n > 1 ? alphabet[group >> 6 & 0x3f] : '=', n > 2 ? alphabet[group & 0x3f] : '='};
    put(s, out, 4);
  }
  putc_(s, '"');
}

static void print_float(struct sink *s, double v) {
  puts_(s, "!!float \"");
  if (v != v) {
    puts_(s, ".nan");
  } else if (v == 0) {
    putc_(s, '0');  // YAML has no negative zero
  } else if (v > 1.7976931348623157e308) {
    puts_(s, ".inf");
  } else if (v < -1.7976931348623157e308) {
    puts_(s, "-.inf");
  } else {
    char text[ARGDATA_FLOAT_TEXT_MAX];
    put(s, text, __argdata_format_double(v, text));
  }
  putc_(s, '"');
}

// Printability of a code point, decided without locale tables: a character
// is copied as is exactly when YAML 1.2 allows it in a document unescaped
// (its c-printable production: tab, LF, CR, U+0020..U+007E, U+0085,
// U+00A0..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF).  The control
// characters (C0, DEL, C1), U+FFFE and U+FFFF are therefore escaped.
// Characters with a short escape are handled before this is asked.
static bool printable(uint32_t c) {
  return (c >= 0x20 && c <= 0x7e) || c == 0x85 || (c >= 0xa0 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// Decodes one UTF-8 sequence; returns its length, or 0 when undecodable.
static size_t decode_utf8(const uint8_t *p, size_t n, uint32_t *cp) {
  size_t len;
  uint32_t c, min;
  if (p[0] < 0x80) {
    *cp = p[0];
    return 1;
  } else if ((p[0] & 0xe0) == 0xc0) {
    len = 2, c = p[0] & 0x1f, min = 0x80;
  } else if ((p[0] & 0xf0) == 0xe0) {
    len = 3, c = p[0] & 0x0f, min = 0x800;
  } else if ((p[0] & 0xf8) == 0xf0) {
    len = 4, c = p[0] & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((p[i] & 0xc0) != 0x80)
      return 0;
    c = c << 6 | (p[i] & 0x3f);
  }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  *cp = c;
  return len;
}

static void print_str(struct sink *s, const char *str, size_t n) {
  const uint8_t *p = (const uint8_t *)str;
  puts_(s, "!!str \"");
  while (n > 0) {
    uint32_t c;
    size_t len = decode_utf8(p, n, &c);
    if (len == 0) {
      c = 0;  // undecodable byte
      len = 1;
    }
    char esc = 0;
    switch (c) {
      case 0x00: esc = '0'; break;
      case 0x07: esc = 'a'; break;
      case 0x08: esc = 'b'; break;
      case 0x09: esc = 't'; break;
      case 0x0a: esc = 'n'; break;
      case 0x0b: esc = 'v'; break;
      case 0x0c: esc = 'f'; break;
      case 0x0d: esc = 'r'; break;
      case 0x1b: esc = 'e'; break;
      case '"': esc = '"'; break;
      case '\\': esc = '\\'; break;
      case 0x85: esc = 'N'; break;
      case 0xa0: esc = '_'; break;
      case 0x2028: esc = 'L'; break;
      case 0x2029: esc = 'P'; break;
    }
    if (esc != 0) {
      char out[2] = {'\\', esc};
      put(s, out, 2);
    } else if (printable(c)) {
      put(s, (const char *)p, len);
    } else if (c <= 0xff) {
      puts_(s, "\\x");
      put_hex(s, c, 2);
    } else if (c <= 0xffff) {
      puts_(s, "\\u");
      put_hex(s, c, 4);
    } else {
      puts_(s, "\\U");
      put_hex(s, c, 8);
    }
    p += len;
    n -= len;
  }
  putc_(s, '"');
}

// Proleptic Gregorian calendar, any time_t: days since 1970-01-01 to a date,
// computed in 400-year eras of 146097 days starting on March 1st.
static void print_timestamp(struct sink *s, const struct timespec *ts) {
  int64_t days = ts->tv_sec / 86400, secs = ts->tv_sec % 86400;
  if (secs < 0) {
    secs += 86400;
    days--;
  }
  int64_t z = days + 719468;  // days since 0000-03-01
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;                                      // [0, 146096]
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
  int64_t mp = (5 * doy + 2) / 153;                                    // 0 = March
  int64_t day = doy - (153 * mp + 2) / 5 + 1;
  int64_t month = mp < 10 ? mp + 3 : mp - 9;
  int64_t year = yoe + era * 400 + (month <= 2);

  puts_(s, "!!timestamp \"");
  // The year as printf's "%04d" would show it.
  if (year < 0) {
    putc_(s, '-');
    put_unsigned(s, -(uint64_t)year, 3);
  } else {
    put_unsigned(s, (uint64_t)year, 4);
  }
  putc_(s, '-');
  put_unsigned(s, (uint64_t)month, 2);
  putc_(s, '-');
  put_unsigned(s, (uint64_t)day, 2);
  putc_(s, 'T');
  put_unsigned(s, (uint64_t)(secs / 3600), 2);
  putc_(s, ':');
  put_unsigned(s, (uint64_t)(secs / 60 % 60), 2);
  putc_(s, ':');
  put_unsigned(s, (uint64_t)(secs % 60), 2);
  putc_(s, '.');
  put_unsigned(s, (uint64_t)ts->tv_nsec, 9);
  puts_(s, "Z\"");
}

// Each node is tried as every kind in a fixed order; the first getter that
// accepts it decides.  Containers recurse, one frame per nesting level.
static void print_node(struct sink *s, const argdata_t *ad, size_t indent) {
  {
    const void *p;
    size_t n;
    if (argdata_get_binary(ad, &p, &n) == 0) {
      print_binary(s, p, n);
      return;
    }
  }
  {
    bool v;
    if (argdata_get_bool(ad, &v) == 0) {
      puts_(s, v ? "!!bool \"true\"" : "!!bool \"false\"");
      return;
    }
  }
  {
    int fd;
    int error = argdata_get_fd(ad, &fd);
    if (error == 0) {
      puts_(s, "!fd \"");
      put_signed(s, fd);
      putc_(s, '"');
      return;
    } else if (error == EBADF) {
      puts_(s, "!fd \"invalid\"");
      return;
    }
  }
  {
    double v;
    if (argdata_get_float(ad, &v) == 0) {
      print_float(s, v);
      return;
    }
  }
  {
    intmax_t v;
    if (argdata_get_int_s(ad, &v, INTMAX_MIN, INTMAX_MAX) == 0) {
      puts_(s, "!!int \"");
      put_signed(s, v);
      putc_(s, '"');
      return;
    }
    uintmax_t u;
    if (argdata_get_int_u(ad, &u, UINTMAX_MAX) == 0) {
      puts_(s, "!!int \"");
      put_unsigned(s, u, 1);
      putc_(s, '"');
      return;
    }
  }
  {
    argdata_map_iterator_t it;
    argdata_map_iterate(ad, &it);
    if (it.index != ARGDATA_ITERATOR_INVALID) {
      const argdata_t *key, *value;
      if (!argdata_map_get(&it, &key, &value)) {
        puts_(s, "!!map {}");
        return;
      }
      puts_(s, "!!map {");
      do {
        newline(s, indent + 2);
        puts_(s, "? ");
        print_node(s, key, indent + 2);
        newline(s, indent + 2);
        puts_(s, ": ");
        print_node(s, value, indent + 2);
        putc_(s, ',');
        argdata_map_next(&it);
      } while (argdata_map_get(&it, &key, &value));
      newline(s, indent);
      putc_(s, '}');
      return;
    }
  }
  {
    argdata_seq_iterator_t it;
    argdata_seq_iterate(ad, &it);
    if (it.index != ARGDATA_ITERATOR_INVALID) {
      const argdata_t *elem;
      if (!argdata_seq_get(&it, &elem)) {
        puts_(s, "!!seq []");
        return;
      }
      puts_(s, "!!seq [");
      do {
        newline(s, indent + 2);
        print_node(s, elem, indent + 2);
        putc_(s, ',');
        argdata_seq_next(&it);
      } while (argdata_seq_get(&it, &elem));
      newline(s, indent);
      putc_(s, ']');
      return;
    }
  }
  {
    const char *str;
    size_t n;
    if (argdata_get_str(ad, &str, &n) == 0) {
      print_str(s, str, n);
      return;
    }
  }
  {
    struct timespec ts;
    if (argdata_get_timestamp(ad, &ts) == 0) {
      print_timestamp(s, &ts);
      return;
    }
  }
  puts_(s, "!!null \"null\"");
}

void argdata_print_yaml(const argdata_t *ad, FILE *fp) {
  struct sink s = {.fp = fp, .len = 0};
  puts_(&s, "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n");
  print_node(&s, ad, 0);
  putc_(&s, '\n');
  flush(&s);
}
