// YAML configuration -> argdata tree + granted descriptors, via libyaml's
// event parser (the document loader would hide whether a scalar was plain,
// which decides its type).  Only the first document is read.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <yaml.h>

#include "argdata_builder.h"
#include "config.h"
#include "grants.h"

#define NUXI_TAG_PREFIX "tag:nuxi.nl,2015:cloudabi/"
#define YAML_TAG_PREFIX "tag:yaml.org,2002:"
// Guards the recursive descent against stack exhaustion.
#define MAX_NESTING 256
// A configuration is small; refuse to buffer more than this.
#define MAX_INPUT_LEN ((size_t)16 << 20)

// ---------------------------------------------------------------------------
// Scalar typing: the YAML 1.2 core schema for untagged plain scalars, and
// the standard !!tags.  Scalar texts come from libyaml, which terminates
// them with a NUL at `len`.

enum scalar_type {
  SCALAR_NULL,
  SCALAR_BOOL,
  SCALAR_INT,
  SCALAR_FLOAT,
  SCALAR_STR,
  SCALAR_BINARY,
  SCALAR_TIMESTAMP,
};

struct typed_scalar {
  enum scalar_type type;
  bool boolean;
  bool negative;  // SCALAR_INT: value is -magnitude
  uint64_t magnitude;
  double real;
  const char *text;  // SCALAR_STR: not owned
  size_t text_len;
  unsigned char *bytes;  // SCALAR_BINARY: owned
  size_t bytes_len;
  int64_t seconds;  // SCALAR_TIMESTAMP
  uint32_t nanoseconds;
};

static bool text_is(const char *t, size_t n, const char *const *words) {
  for (; *words != NULL; ++words)
    if (strlen(*words) == n && memcmp(t, *words, n) == 0)
      return true;
  return false;
}

static const char *const null_words[] = {"", "~", "null", "Null", "NULL", NULL};
static const char *const true_words[] = {"true", "True", "TRUE", NULL};
static const char *const false_words[] = {"false", "False", "FALSE", NULL};

static int digit_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// Core-schema integer: [-+]?[0-9]+, 0o[0-7]+ or 0x[0-9a-fA-F]+.  Returns 1
// with *s filled, 0 when the text is not an integer, -1 when it is one
// outside [-2^63, 2^64-1].
static int parse_core_int(const char *t, size_t n, struct typed_scalar *s) {
  size_t i = 0;
  int base = 10;
  bool negative = false;
  if (n > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o')) {
    base = t[1] == 'x' ? 16 : 8;
    i = 2;
  } else if (n > 0 && (t[0] == '-' || t[0] == '+')) {
    negative = t[0] == '-';
    i = 1;
  }
  if (i == n)
    return 0;
  uint64_t magnitude = 0;
  bool overflow = false;
  for (; i < n; ++i) {
    int d = digit_value(t[i]);
    if (d < 0 || d >= base)
      return 0;
    if (magnitude > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
      overflow = true;
    else
      magnitude = magnitude * (uint64_t)base + (uint64_t)d;
  }
  if (overflow || (negative && magnitude > (uint64_t)INT64_MAX + 1))
    return -1;
  *s = (struct typed_scalar){.type = SCALAR_INT,
                             .negative = negative && magnitude != 0,
                             .magnitude = magnitude};
  return 1;
}

static size_t count_digits(const char *t, size_t n, size_t i) {
  size_t start = i;
  while (i < n && t[i] >= '0' && t[i] <= '9')
    ++i;
  return i - start;
}

// Core-schema float: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?,
// [-+]?\.(inf|Inf|INF), \.(nan|NaN|NAN).  Returns 1, 0 or -1 (overflow).
static int parse_core_float(const char *t, size_t n, struct typed_scalar *s) {
  static const char *const inf_words[] = {".inf", ".Inf", ".INF", NULL};
  static const char *const nan_words[] = {".nan", ".NaN", ".NAN", NULL};
  size_t i = n > 0 && (t[0] == '-' || t[0] == '+') ? 1 : 0;
  *s = (struct typed_scalar){.type = SCALAR_FLOAT};
  if (text_is(t + i, n - i, inf_words)) {
    s->real = t[0] == '-' ? -HUGE_VAL : HUGE_VAL;
    return 1;
  }
  if (text_is(t, n, nan_words)) {
    s->real = NAN;
    return 1;
  }
  size_t mantissa_digits = count_digits(t, n, i);
  i += mantissa_digits;
  if (i < n && t[i] == '.') {
    size_t fraction = count_digits(t, n, i + 1);
    i += 1 + fraction;
    mantissa_digits += fraction;
  }
  if (mantissa_digits == 0)
    return 0;
  if (i < n && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < n && (t[i] == '-' || t[i] == '+'))
      ++i;
    size_t exponent = count_digits(t, n, i);
    if (exponent == 0)
      return 0;
    i += exponent;
  }
  if (i != n)
    return 0;
  // The pattern admits nothing strtod reads differently ("inf", hex).
  errno = 0;
  s->real = strtod(t, NULL);
  if (errno == ERANGE && (s->real == HUGE_VAL || s->real == -HUGE_VAL))
    return -1;
  return 1;
}

// Decodes base64, skipping the whitespace of folded or literal blocks.
static bool decode_base64(const char *t, size_t n, struct typed_scalar *s) {
  unsigned char *out = malloc(n / 4 * 3 + 3);
  if (out == NULL)
    return false;
  size_t len = 0, quad_len = 0, padding = 0;
  uint32_t quad = 0;
  bool finished = false;  // a padded group ends the data
  for (size_t i = 0; i < n; ++i) {
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      continue;
    int v;
    if (c >= 'A' && c <= 'Z')
      v = c - 'A';
    else if (c >= 'a' && c <= 'z')
      v = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      v = c - '0' + 52;
    else if (c == '+')
      v = 62;
    else if (c == '/')
      v = 63;
    else if (c == '=' && quad_len >= 2)
      v = -1;
    else
      goto invalid;
    if (finished || (padding > 0 && v >= 0))
      goto invalid;
    if (v < 0)
      ++padding;
    quad = quad << 6 | (uint32_t)(v < 0 ? 0 : v);
    if (++quad_len == 4) {
      for (size_t k = 0; k < 3 - padding; ++k)
        out[len++] = (unsigned char)(quad >> (16 - 8 * k));
      finished = padding > 0;
      quad = 0, quad_len = 0;
    }
  }
  if (quad_len != 0)
    goto invalid;
  *s = (struct typed_scalar){.type = SCALAR_BINARY, .bytes = out,
                             .bytes_len = len};
  return true;
invalid:
  free(out);
  errno = EINVAL;
  return false;
}

// Reads between min and max decimal digits at t[*i].
static bool read_number(const char *t, size_t n, size_t *i, size_t min,
                        size_t max, int *value) {
  size_t digits = count_digits(t, n, *i);
  if (digits < min || digits > max)
    return false;
  *value = 0;
  for (size_t k = 0; k < digits; ++k)
    *value = *value * 10 + (t[(*i)++] - '0');
  return true;
}

static bool expect_char(const char *t, size_t n, size_t *i, char c) {
  if (*i < n && t[*i] == c) {
    ++*i;
    return true;
  }
  return false;
}

static void skip_blanks(const char *t, size_t n, size_t *i) {
  while (*i < n && (t[*i] == ' ' || t[*i] == '\t'))
    ++*i;
}

static bool is_leap_year(int y) {
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

// Days from 1970-01-01 to the given date (proleptic Gregorian, y >= 0).
static int64_t days_since_epoch(int y, int m, int d) {
  static const int days_before_month[12] = {0,   31,  59,  90,  120, 151,
                                            181, 212, 243, 273, 304, 334};
  // Leap years in [0, y): year 0 is one; then every 4th, not 100th, 400th.
  int64_t leap_years = y == 0 ? 0 : (y - 1) / 4 - (y - 1) / 100 +
                                        (y - 1) / 400 + 1;
  int64_t days = 365 * (int64_t)y + leap_years + days_before_month[m - 1] +
                 (m > 2 && is_leap_year(y)) + d - 1;
  return days - 719528;  // the same count for 1970-01-01
}

// YAML timestamp: YYYY-MM-DD, optionally followed by [Tt] or blanks,
// H[H]:MM:SS, an optional .fraction (digits past nanoseconds are
// ignored) and an optional zone Z or +-H[H][:MM] (blanks may precede it).
// No zone means UTC.
static bool parse_timestamp(const char *t, size_t n, struct typed_scalar *s) {
  static const int month_days[12] = {31, 28, 31, 30, 31, 30,
                                     31, 31, 30, 31, 30, 31};
  size_t i = 0;
  int year, month, day, hour = 0, minute = 0, second = 0;
  uint32_t nanoseconds = 0;
  int zone_minutes = 0;
  if (!read_number(t, n, &i, 4, 4, &year) || !expect_char(t, n, &i, '-') ||
      !read_number(t, n, &i, 1, 2, &month) || !expect_char(t, n, &i, '-') ||
      !read_number(t, n, &i, 1, 2, &day))
    return false;
  if (i < n) {
    if (t[i] == 'T' || t[i] == 't')
      ++i;
    else if (t[i] == ' ' || t[i] == '\t')
      skip_blanks(t, n, &i);
    else
      return false;
    if (!read_number(t, n, &i, 1, 2, &hour) || !expect_char(t, n, &i, ':') ||
        !read_number(t, n, &i, 2, 2, &minute) || !expect_char(t, n, &i, ':') ||
        !read_number(t, n, &i, 2, 2, &second))
      return false;
    if (expect_char(t, n, &i, '.')) {
      size_t digits = count_digits(t, n, i);
      if (digits == 0)
        return false;
      for (size_t k = 0; k < 9; ++k)
        nanoseconds = nanoseconds * 10 + (k < digits ? (uint32_t)(t[i + k] - '0') : 0);
      i += digits;
    }
    skip_blanks(t, n, &i);
    if (expect_char(t, n, &i, 'Z')) {
    } else if (i < n && (t[i] == '+' || t[i] == '-')) {
      int sign = t[i++] == '-' ? -1 : 1, zone_hours, zone_mins = 0;
      if (!read_number(t, n, &i, 1, 2, &zone_hours) ||
          (expect_char(t, n, &i, ':') &&
           !read_number(t, n, &i, 2, 2, &zone_mins)) ||
          zone_hours > 23 || zone_mins > 59)
        return false;
      zone_minutes = sign * (zone_hours * 60 + zone_mins);
    }
  }
  if (i != n || month < 1 || month > 12 || day < 1 ||
      day > month_days[month - 1] + (month == 2 && is_leap_year(year)) ||
      hour > 23 || minute > 59 || second > 59)
    return false;
  int64_t seconds = days_since_epoch(year, month, day) * 86400 + hour * 3600 +
                    minute * 60 + second - zone_minutes * 60;
  *s = (struct typed_scalar){.type = SCALAR_TIMESTAMP, .seconds = seconds,
                             .nanoseconds = nanoseconds};
  return true;
}

static void say_scalar(char *why, size_t whylen, const char *what,
                       const char *t) {
  snprintf(why, whylen, "%s: \"%.60s%s\"", what, t,
           strlen(t) > 60 ? "..." : "");
}

// Types an untagged plain scalar; anything not null, bool, int or float is
// a string.  Fails only for numbers out of range.
static int resolve_plain_scalar(const char *t, size_t n, struct typed_scalar *s,
                                char *why, size_t whylen) {
  if (text_is(t, n, null_words)) {
    *s = (struct typed_scalar){.type = SCALAR_NULL};
  } else if (text_is(t, n, true_words) || text_is(t, n, false_words)) {
    *s = (struct typed_scalar){.type = SCALAR_BOOL,
                               .boolean = text_is(t, n, true_words)};
  } else {
    int rc = parse_core_int(t, n, s);
    if (rc < 0) {
      say_scalar(why, whylen, "integer out of range [-2^63, 2^64-1]", t);
      return -1;
    }
    if (rc == 0 && (rc = parse_core_float(t, n, s)) < 0) {
      say_scalar(why, whylen, "float out of range", t);
      return -1;
    }
    if (rc == 0)
      *s = (struct typed_scalar){.type = SCALAR_STR, .text = t, .text_len = n};
  }
  return 0;
}

// Converts a scalar carrying an explicit standard tag.
static int convert_tagged_scalar(enum scalar_type want, const char *t, size_t n,
                                 struct typed_scalar *s, char *why,
                                 size_t whylen) {
  int rc;
  switch (want) {
  case SCALAR_NULL:
    *s = (struct typed_scalar){.type = SCALAR_NULL};
    if (text_is(t, n, null_words))
      return 0;
    say_scalar(why, whylen, "invalid !!null", t);
    return -1;
  case SCALAR_BOOL:
    if (text_is(t, n, true_words) || text_is(t, n, false_words)) {
      *s = (struct typed_scalar){.type = SCALAR_BOOL,
                                 .boolean = text_is(t, n, true_words)};
      return 0;
    }
    say_scalar(why, whylen, "invalid !!bool", t);
    return -1;
  case SCALAR_INT:
    rc = parse_core_int(t, n, s);
    if (rc > 0)
      return 0;
    say_scalar(why, whylen,
               rc < 0 ? "integer out of range [-2^63, 2^64-1]" : "invalid !!int",
               t);
    return -1;
  case SCALAR_FLOAT:
    rc = parse_core_float(t, n, s);
    if (rc > 0)
      return 0;
    say_scalar(why, whylen, rc < 0 ? "float out of range" : "invalid !!float",
               t);
    return -1;
  case SCALAR_BINARY:
    if (decode_base64(t, n, s))
      return 0;
    snprintf(why, whylen, errno == ENOMEM ? "out of memory"
                                          : "invalid base64 in !!binary");
    return -1;
  case SCALAR_TIMESTAMP:
    if (parse_timestamp(t, n, s))
      return 0;
    say_scalar(why, whylen,
               "invalid !!timestamp (expected YYYY-MM-DD[Thh:mm:ss[.frac]]"
               "[Z|+hh:mm])", t);
    return -1;
  case SCALAR_STR:
  default:
    *s = (struct typed_scalar){.type = SCALAR_STR, .text = t, .text_len = n};
    return 0;
  }
}

static struct adb_node *typed_scalar_node(const struct typed_scalar *s) {
  switch (s->type) {
  case SCALAR_NULL:
    return adb_null();
  case SCALAR_BOOL:
    return adb_bool(s->boolean);
  case SCALAR_INT:
    if (!s->negative)
      return adb_int_unsigned(s->magnitude);
    return adb_int_signed(s->magnitude == (uint64_t)INT64_MAX + 1
                              ? INT64_MIN
                              : -(int64_t)s->magnitude);
  case SCALAR_FLOAT:
    return adb_float(s->real);
  case SCALAR_BINARY:
    return adb_binary(s->bytes, s->bytes_len);
  case SCALAR_TIMESTAMP:
    return adb_timestamp(s->seconds, s->nanoseconds);
  case SCALAR_STR:
  default:
    return adb_str(s->text, s->text_len);
  }
}

static void typed_scalar_clear(struct typed_scalar *s) { free(s->bytes); }

// The N of `!fd N`: plain decimal digits.
static int parse_fd_number(const char *t, size_t n, uint64_t *out) {
  struct typed_scalar s;
  if (n == 0 || t[0] == '-' || t[0] == '+' || (t[0] == '0' && n > 1) ||
      count_digits(t, n, 0) != n || parse_core_int(t, n, &s) <= 0)
    return -1;
  *out = s.magnitude;
  return 0;
}

struct anchor {
  char *name;
  struct adb_node *node;
};

struct loader {
  yaml_parser_t parser;
  const char *name;
  const unsigned char *input;  // whole input, for positions of reader errors
  size_t input_len;
  int config_fd;  // fileno(in), never grantable
  int exec_fd;
  struct grant_table grants;
  struct anchor *anchors;
  size_t nanchors, anchors_cap;
  char *err;
  size_t errlen;
};

static void fail_at_position(struct loader *l, size_t line, size_t column,
                             const char *fmt, va_list ap) {
  int n = snprintf(l->err, l->errlen, "%s:%zu:%zu: ", l->name, line, column);
  if (n >= 0 && (size_t)n < l->errlen)
    vsnprintf(l->err + n, l->errlen - (size_t)n, fmt, ap);
}

// libyaml marks are 0-based; messages are 1-based.
static void fail_at(struct loader *l, yaml_mark_t mark, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fail_at_position(l, mark.line + 1, mark.column + 1, fmt, ap);
  va_end(ap);
}

static void fail_at_offset(struct loader *l, size_t offset, const char *fmt,
                           ...) {
  // Count lines and characters (not bytes) the way libyaml marks do.
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < l->input_len; ++i) {
    if (l->input[i] == '\n') {
      ++line;
      column = 1;
    } else if ((l->input[i] & 0xC0) != 0x80) {
      ++column;
    }
  }
  va_list ap;
  va_start(ap, fmt);
  fail_at_position(l, line, column, fmt, ap);
  va_end(ap);
}

static bool next_event(struct loader *l, yaml_event_t *ev) {
  if (yaml_parser_parse(&l->parser, ev))
    return true;
  const char *problem = l->parser.problem != NULL ? l->parser.problem
                                                  : "invalid YAML";
  if (l->parser.error == YAML_READER_ERROR)
    fail_at_offset(l, l->parser.problem_offset, "%s", problem);
  else if (l->parser.error == YAML_MEMORY_ERROR)
    fail_at(l, l->parser.mark, "out of memory");
  else
    fail_at(l, l->parser.problem_mark, "%s", problem);
  return false;
}

// Short spelling of a resolved tag for messages: !fd, !!int, !local.
static const char *short_tag(const char *tag, char *buf, size_t buflen) {
  if (strncmp(tag, NUXI_TAG_PREFIX, strlen(NUXI_TAG_PREFIX)) == 0)
    snprintf(buf, buflen, "!%s", tag + strlen(NUXI_TAG_PREFIX));
  else if (strncmp(tag, YAML_TAG_PREFIX, strlen(YAML_TAG_PREFIX)) == 0)
    snprintf(buf, buflen, "!!%s", tag + strlen(YAML_TAG_PREFIX));
  else if (tag[0] == '!')
    snprintf(buf, buflen, "%s", tag);
  else
    snprintf(buf, buflen, "!<%s>", tag);
  return buf;
}

static const char *nuxi_name(const char *tag) {
  size_t n = strlen(NUXI_TAG_PREFIX);
  return strncmp(tag, NUXI_TAG_PREFIX, n) == 0 ? tag + n : NULL;
}

static const char *yaml_name(const char *tag) {
  size_t n = strlen(YAML_TAG_PREFIX);
  return strncmp(tag, YAML_TAG_PREFIX, n) == 0 ? tag + n : NULL;
}

static bool is_resource_name(const char *name) {
  static const char *const names[] = {"fd", "file", "executable", "socket",
                                      "listen"};
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); ++i)
    if (strcmp(name, names[i]) == 0)
      return true;
  return false;
}

static bool is_standard_name(const char *name) {
  static const char *const names[] = {"str",  "int",    "float",     "bool",
                                      "null", "binary", "timestamp", "seq",
                                      "map"};
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); ++i)
    if (strcmp(name, names[i]) == 0)
      return true;
  return false;
}

static void fail_unknown_tag(struct loader *l, yaml_mark_t mark,
                             const char *tag) {
  char shown[128];
  short_tag(tag, shown, sizeof(shown));
  if (tag[0] == '!' && is_resource_name(tag + 1))
    fail_at(l, mark,
            "unknown tag %s (missing \"%%TAG ! " NUXI_TAG_PREFIX "\"?)",
            shown);
  else
    fail_at(l, mark, "unknown tag %s", shown);
}

static struct adb_node *checked(struct loader *l, yaml_mark_t mark,
                                struct adb_node *node) {
  if (node == NULL)
    fail_at(l, mark, errno == EILSEQ ? "string is not valid UTF-8"
                                     : "out of memory");
  return node;
}

static struct adb_node *string_node(struct loader *l, yaml_mark_t mark,
                                    const char *text, size_t len) {
  return checked(l, mark, adb_str(text, len));
}

// Registers an opened or inherited descriptor and returns its fd node.
static struct adb_node *grant_node(struct loader *l, yaml_mark_t mark,
                                   struct grant *g) {
  int fd = g->host_fd;
  if (grant_table_add(&l->grants, g) != 0) {
    fail_at(l, mark, "out of memory");
    return NULL;
  }
  return checked(l, mark, adb_fd(fd));
}

static struct adb_node *fd_tag(struct loader *l, yaml_mark_t mark,
                               const char *value, size_t len) {
  static const char *const names[] = {"stdin", "stdout", "stderr"};
  int fd = -1;
  const char *label = NULL;
  char number_label[32];
  for (int i = 0; i < 3; ++i)
    if (len == strlen(names[i]) && memcmp(value, names[i], len) == 0)
      fd = i, label = names[i];
  if (label == NULL) {
    uint64_t n;
    if (parse_fd_number(value, len, &n) != 0 || n > INT_MAX) {
      fail_at(l, mark,
              "!fd expects stdin, stdout, stderr or a descriptor number, "
              "not \"%s\"", value);
      return NULL;
    }
    fd = (int)n;
    snprintf(number_label, sizeof(number_label), "fd %d", fd);
    label = number_label;
  }
  if (grant_table_opened(&l->grants, fd)) {
    fail_at(l, mark, "cannot grant %s: it was opened by this configuration",
            label);
    return NULL;
  }
  struct grant g;
  char why[256];
  if (grant_inherited(fd, label, l->config_fd, &g, why, sizeof(why)) != 0) {
    fail_at(l, mark, "%s", why);
    return NULL;
  }
  return grant_node(l, mark, &g);
}

static struct adb_node *executable_tag(struct loader *l, yaml_mark_t mark) {
  if (l->exec_fd < 0) {
    fail_at(l, mark, "!executable is not available: no executable descriptor");
    return NULL;
  }
  struct grant g = {.host_fd = l->exec_fd, .read_only = true,
                    .origin = strdup("executable"), .kind = GRANT_EXECUTABLE,
                    .owned = false};
  if (g.origin == NULL) {
    fail_at(l, mark, "out of memory");
    return NULL;
  }
  return grant_node(l, mark, &g);
}

// Converts a standard-tagged scalar (!!int etc.); `type` is the suffix.
static struct adb_node *standard_scalar(struct loader *l, yaml_mark_t mark,
                                        const char *type, const char *value,
                                        size_t len) {
  struct typed_scalar s;
  enum scalar_type want;
  if (strcmp(type, "str") == 0)
    return string_node(l, mark, value, len);
  else if (strcmp(type, "null") == 0)
    want = SCALAR_NULL;
  else if (strcmp(type, "bool") == 0)
    want = SCALAR_BOOL;
  else if (strcmp(type, "int") == 0)
    want = SCALAR_INT;
  else if (strcmp(type, "float") == 0)
    want = SCALAR_FLOAT;
  else if (strcmp(type, "binary") == 0)
    want = SCALAR_BINARY;
  else if (strcmp(type, "timestamp") == 0)
    want = SCALAR_TIMESTAMP;
  else if (strcmp(type, "seq") == 0 || strcmp(type, "map") == 0) {
    fail_at(l, mark, "!!%s cannot be applied to a scalar", type);
    return NULL;
  } else {
    fail_at(l, mark, "unknown tag !!%s", type);
    return NULL;
  }
  char why[256];
  if (convert_tagged_scalar(want, value, len, &s, why, sizeof(why)) != 0) {
    fail_at(l, mark, "%s", why);
    return NULL;
  }
  struct adb_node *node = typed_scalar_node(&s);
  typed_scalar_clear(&s);
  return checked(l, mark, node);
}

static struct adb_node *load_scalar(struct loader *l, yaml_event_t *ev) {
  const char *tag = (const char *)ev->data.scalar.tag;
  const char *value = (const char *)ev->data.scalar.value;
  size_t len = ev->data.scalar.length;
  yaml_mark_t mark = ev->start_mark;
  if (tag == NULL || strcmp(tag, "!") == 0) {
    // Untagged: only plain scalars are typed; quoted or block are strings.
    if (tag != NULL || !ev->data.scalar.plain_implicit)
      return string_node(l, mark, value, len);
    struct typed_scalar s;
    char why[256];
    if (resolve_plain_scalar(value, len, &s, why, sizeof(why)) != 0) {
      fail_at(l, mark, "%s", why);
      return NULL;
    }
    struct adb_node *node = typed_scalar_node(&s);
    typed_scalar_clear(&s);
    return checked(l, mark, node);
  }
  const char *name;
  if ((name = yaml_name(tag)) != NULL)
    return standard_scalar(l, mark, name, value, len);
  if ((name = nuxi_name(tag)) != NULL) {
    if (strcmp(name, "fd") == 0)
      return fd_tag(l, mark, value, len);
    if (strcmp(name, "executable") == 0)
      return executable_tag(l, mark);
    if (is_resource_name(name)) {
      fail_at(l, mark, "!%s takes a mapping of attributes, e.g. %s", name,
              strcmp(name, "file") == 0 ? "!file {path: PATH}"
              : strcmp(name, "listen") == 0 ? "!listen {address: HOST:PORT}"
                                            : "!socket {connect: HOST:PORT}");
      return NULL;
    }
  }
  fail_unknown_tag(l, mark, tag);
  return NULL;
}

// One attribute of a resource mapping (!file, !socket, !listen).
struct attribute {
  const char *name;
  char *value;  // NULL when absent
  yaml_mark_t mark;
};

static struct attribute *find_attribute(struct attribute *attrs, size_t n,
                                        const char *name) {
  for (size_t i = 0; i < n; ++i)
    if (strcmp(attrs[i].name, name) == 0)
      return &attrs[i];
  return NULL;
}

static bool is_string_scalar(const yaml_event_t *ev) {
  const char *tag = (const char *)ev->data.scalar.tag;
  return ev->type == YAML_SCALAR_EVENT &&
         (tag == NULL || strcmp(tag, "!") == 0 ||
          strcmp(tag, YAML_TAG_PREFIX "str") == 0);
}

// Reads the attribute mapping after its MAPPING-START into attrs[], whose
// names are the attributes the tag knows.  Values are taken as text.
static bool read_attributes(struct loader *l, const char *tag_name,
                            struct attribute *attrs, size_t n) {
  for (;;) {
    yaml_event_t key, value;
    if (!next_event(l, &key))
      return false;
    if (key.type == YAML_MAPPING_END_EVENT) {
      yaml_event_delete(&key);
      return true;
    }
    if (!is_string_scalar(&key)) {
      fail_at(l, key.start_mark, "attribute names of !%s must be strings",
              tag_name);
      yaml_event_delete(&key);
      return false;
    }
    const char *name = (const char *)key.data.scalar.value;
    struct attribute *attr = find_attribute(attrs, n, name);
    if (attr == NULL || attr->value != NULL) {
      fail_at(l, key.start_mark, "%s attribute \"%s\" for !%s",
              attr == NULL ? "unknown" : "duplicate", name, tag_name);
      yaml_event_delete(&key);
      return false;
    }
    yaml_event_delete(&key);
    if (!next_event(l, &value))
      return false;
    if (!is_string_scalar(&value)) {
      fail_at(l, value.start_mark, "attribute \"%s\" of !%s must be a string",
              attr->name, tag_name);
      yaml_event_delete(&value);
      return false;
    }
    if (strlen((const char *)value.data.scalar.value) !=
        value.data.scalar.length) {
      fail_at(l, value.start_mark, "attribute \"%s\" of !%s contains a NUL "
              "byte", attr->name, tag_name);
      yaml_event_delete(&value);
      return false;
    }
    attr->value = strndup((const char *)value.data.scalar.value,
                          value.data.scalar.length);
    attr->mark = value.start_mark;
    yaml_event_delete(&value);
    if (attr->value == NULL) {
      fail_at(l, attr->mark, "out of memory");
      return false;
    }
  }
}

static struct adb_node *open_file_tag(struct loader *l, yaml_mark_t mark,
                                      struct attribute *attrs) {
  struct attribute *path = &attrs[0], *mode = &attrs[1];
  if (path->value == NULL) {
    fail_at(l, mark, "!file requires a path attribute");
    return NULL;
  }
  enum path_mode m = MODE_DEFAULT;
  if (mode->value != NULL) {
    if (strcmp(mode->value, "ro") != 0 && strcmp(mode->value, "rw") != 0) {
      fail_at(l, mode->mark, "mode must be ro or rw, not \"%s\"", mode->value);
      return NULL;
    }
    m = mode->value[1] == 'o' ? MODE_RO : MODE_RW;
  }
  struct grant g;
  char why[512];
  if (grant_open_path(path->value, WANT_ANY, m, &g, why, sizeof(why)) != 0) {
    fail_at(l, path->mark, "%s", why);
    return NULL;
  }
  return grant_node(l, path->mark, &g);
}

static struct adb_node *open_socket_tag(struct loader *l, yaml_mark_t mark,
                                        bool is_listen,
                                        struct attribute *attrs) {
  // !listen {address, type}; !socket {connect | bind, type}.
  struct attribute *address = NULL, *type = &attrs[is_listen ? 1 : 2];
  bool passive = is_listen;
  if (is_listen) {
    address = attrs[0].value != NULL ? &attrs[0] : NULL;
  } else if (attrs[0].value != NULL && attrs[1].value != NULL) {
    fail_at(l, attrs[1].mark, "!socket takes connect or bind, not both");
    return NULL;
  } else {
    passive = attrs[1].value != NULL;
    address = passive ? &attrs[1] : attrs[0].value != NULL ? &attrs[0] : NULL;
  }
  if (address == NULL) {
    fail_at(l, mark, is_listen ? "!listen requires an address attribute"
                               : "!socket requires a connect attribute");
    return NULL;
  }
  int socktype = SOCK_STREAM;
  if (type->value != NULL && strcmp(type->value, "stream") != 0) {
    if (strcmp(type->value, "dgram") != 0 || passive) {
      fail_at(l, type->mark, "unsupported socket type \"%s\" (%s)",
              type->value, passive ? "listening sockets are streams"
                                   : "use stream or dgram");
      return NULL;
    }
    socktype = SOCK_DGRAM;
  }
  struct grant g;
  char why[512];
  int rc = passive ? grant_listen(address->value, socktype, &g, why, sizeof(why))
                   : grant_connect(address->value, socktype, &g, why,
                                   sizeof(why));
  if (rc != 0) {
    fail_at(l, address->mark, "%s", why);
    return NULL;
  }
  return grant_node(l, address->mark, &g);
}

static struct adb_node *load_resource(struct loader *l, yaml_mark_t mark,
                                      const char *name) {
  struct attribute attrs[3] = {{0}};
  size_t n;
  if (strcmp(name, "file") == 0) {
    attrs[0].name = "path", attrs[1].name = "mode", n = 2;
  } else if (strcmp(name, "listen") == 0) {
    attrs[0].name = "address", attrs[1].name = "type", n = 2;
  } else {
    attrs[0].name = "connect", attrs[1].name = "bind", attrs[2].name = "type";
    n = 3;
  }
  struct adb_node *node = NULL;
  if (read_attributes(l, name, attrs, n)) {
    if (strcmp(name, "file") == 0)
      node = open_file_tag(l, mark, attrs);
    else
      node = open_socket_tag(l, mark, strcmp(name, "listen") == 0, attrs);
  }
  for (size_t i = 0; i < n; ++i)
    free(attrs[i].value);
  return node;
}

static struct adb_node *load_node(struct loader *l, yaml_event_t *ev,
                                  unsigned depth);

// Loads the children of a sequence or mapping until its end event.
static bool load_children(struct loader *l, struct adb_node *container,
                          bool is_map, unsigned depth) {
  yaml_event_type_t end = is_map ? YAML_MAPPING_END_EVENT
                                 : YAML_SEQUENCE_END_EVENT;
  for (;;) {
    yaml_event_t ev;
    if (!next_event(l, &ev))
      return false;
    if (ev.type == end) {
      yaml_event_delete(&ev);
      return true;
    }
    struct adb_node *key = load_node(l, &ev, depth + 1);
    if (key == NULL)
      return false;
    if (!is_map) {
      if (adb_seq_append(container, key) != 0)
        goto out_of_memory;
      continue;
    }
    if (!next_event(l, &ev)) {
      adb_unref(key);
      return false;
    }
    struct adb_node *value = load_node(l, &ev, depth + 1);
    if (value == NULL) {
      adb_unref(key);
      return false;
    }
    if (adb_map_append(container, key, value) != 0)
      goto out_of_memory;
  }
out_of_memory:
  fail_at(l, l->parser.mark, "out of memory");
  return false;
}

static struct adb_node *load_collection(struct loader *l, yaml_event_t *ev,
                                        unsigned depth) {
  bool is_map = ev->type == YAML_MAPPING_START_EVENT;
  const char *tag = (const char *)(is_map ? ev->data.mapping_start.tag
                                          : ev->data.sequence_start.tag);
  yaml_mark_t mark = ev->start_mark;
  if (depth >= MAX_NESTING) {
    fail_at(l, mark, "nesting deeper than %d levels", MAX_NESTING);
    return NULL;
  }
  if (tag != NULL && strcmp(tag, "!") != 0) {
    const char *nuxi = nuxi_name(tag), *standard = yaml_name(tag);
    if (nuxi != NULL && is_map &&
        (strcmp(nuxi, "file") == 0 || strcmp(nuxi, "socket") == 0 ||
         strcmp(nuxi, "listen") == 0))
      return load_resource(l, mark, nuxi);
    bool plain_collection =
        standard != NULL && strcmp(standard, is_map ? "map" : "seq") == 0;
    if (!plain_collection) {
      if (standard != NULL ? !is_standard_name(standard)
                           : nuxi == NULL || !is_resource_name(nuxi)) {
        fail_unknown_tag(l, mark, tag);
      } else {
        char shown[128];
        fail_at(l, mark, "%s cannot be applied to a %s",
                short_tag(tag, shown, sizeof(shown)),
                is_map ? "mapping" : "sequence");
      }
      return NULL;
    }
  }
  struct adb_node *node = checked(l, mark, is_map ? adb_map() : adb_seq());
  if (node != NULL && !load_children(l, node, is_map, depth)) {
    adb_unref(node);
    return NULL;
  }
  return node;
}

static struct adb_node *load_alias(struct loader *l, yaml_event_t *ev) {
  const char *name = (const char *)ev->data.alias.anchor;
  // The latest definition of a name wins (anchors may be redefined).
  for (size_t i = l->nanchors; i-- > 0;)
    if (strcmp(l->anchors[i].name, name) == 0)
      return adb_ref(l->anchors[i].node);
  fail_at(l, ev->start_mark, "undefined alias *%s", name);
  return NULL;
}

static bool add_anchor(struct loader *l, yaml_mark_t mark, const char *name,
                       struct adb_node *node) {
  if (l->nanchors == l->anchors_cap) {
    size_t cap = l->anchors_cap == 0 ? 8 : 2 * l->anchors_cap;
    struct anchor *anchors = realloc(l->anchors, cap * sizeof(*anchors));
    if (anchors == NULL)
      goto out_of_memory;
    l->anchors = anchors;
    l->anchors_cap = cap;
  }
  char *copy = strdup(name);
  if (copy == NULL)
    goto out_of_memory;
  l->anchors[l->nanchors++] = (struct anchor){copy, adb_ref(node)};
  return true;
out_of_memory:
  fail_at(l, mark, "out of memory");
  return false;
}

// Loads the node that starts with *ev (consumed).  NULL on error.
static struct adb_node *load_node(struct loader *l, yaml_event_t *ev,
                                  unsigned depth) {
  struct adb_node *node = NULL;
  const yaml_char_t *anchor = NULL;
  switch (ev->type) {
  case YAML_ALIAS_EVENT:
    node = load_alias(l, ev);
    break;
  case YAML_SCALAR_EVENT:
    anchor = ev->data.scalar.anchor;
    node = load_scalar(l, ev);
    break;
  case YAML_SEQUENCE_START_EVENT:
    anchor = ev->data.sequence_start.anchor;
    node = load_collection(l, ev, depth);
    break;
  case YAML_MAPPING_START_EVENT:
    anchor = ev->data.mapping_start.anchor;
    node = load_collection(l, ev, depth);
    break;
  default:
    fail_at(l, ev->start_mark, "unexpected YAML event");
    break;
  }
  // The anchor is registered once the node is complete, so a node cannot
  // refer to itself: `&a [*a]` is an undefined alias, not a cycle.
  if (node != NULL && anchor != NULL &&
      !add_anchor(l, ev->start_mark, (const char *)anchor, node)) {
    adb_unref(node);
    node = NULL;
  }
  yaml_event_delete(ev);
  return node;
}

// Parses the stream up to the end of the first document.
static struct adb_node *load_first_document(struct loader *l) {
  yaml_event_t ev;
  if (!next_event(l, &ev))
    return NULL;
  yaml_event_delete(&ev);  // STREAM-START
  if (!next_event(l, &ev))
    return NULL;
  if (ev.type == YAML_STREAM_END_EVENT) {
    yaml_event_delete(&ev);
    return checked(l, ev.start_mark, adb_null());
  }
  yaml_event_delete(&ev);  // DOCUMENT-START
  if (!next_event(l, &ev))
    return NULL;
  struct adb_node *root = load_node(l, &ev, 0);
  if (root == NULL)
    return NULL;
  // Read DOCUMENT-END and the start of whatever follows: text after the
  // root that is not an explicit new document ("---") is a syntax error of
  // this document, not a second document to ignore.
  for (int i = 0; i < 2; ++i) {
    if (!next_event(l, &ev)) {
      adb_unref(root);
      return NULL;
    }
    yaml_event_delete(&ev);
  }
  return root;
}

static int read_input(FILE *in, unsigned char **buf, size_t *len) {
  size_t cap = 4096, used = 0;
  unsigned char *data = malloc(cap);
  if (data == NULL)
    return ENOMEM;
  for (;;) {
    if (used == cap) {
      if (cap >= MAX_INPUT_LEN) {
        free(data);
        return EFBIG;
      }
      unsigned char *bigger = realloc(data, cap * 2);
      if (bigger == NULL) {
        free(data);
        return ENOMEM;
      }
      data = bigger;
      cap *= 2;
    }
    size_t n = fread(data + used, 1, cap - used, in);
    used += n;
    if (n == 0) {
      if (ferror(in)) {
        int error = errno != 0 ? errno : EIO;
        free(data);
        return error;
      }
      break;
    }
  }
  *buf = data;
  *len = used;
  return 0;
}

int config_from_yaml_exec(FILE *in, const char *name, int exec_fd,
                          struct launch_config *out, char *err,
                          size_t errlen) {
  struct loader l = {.name = name, .config_fd = fileno(in),
                     .exec_fd = exec_fd, .err = err, .errlen = errlen};
  unsigned char *input;
  int error = read_input(in, &input, &l.input_len);
  if (error != 0) {
    snprintf(err, errlen, "%s:1:1: cannot read configuration: %s", name,
             error == EFBIG ? "larger than 16 MiB" : strerror(error));
    return -1;
  }
  l.input = input;
  if (!yaml_parser_initialize(&l.parser)) {
    free(input);
    snprintf(err, errlen, "%s:1:1: out of memory", name);
    return -1;
  }
  yaml_parser_set_input_string(&l.parser, input, l.input_len);
  struct adb_node *root = load_first_document(&l);
  yaml_parser_delete(&l.parser);
  free(input);
  for (size_t i = 0; i < l.nanchors; ++i) {
    free(l.anchors[i].name);
    adb_unref(l.anchors[i].node);
  }
  free(l.anchors);
  if (root == NULL) {
    grant_table_release(&l.grants);
    return -1;
  }
  char why[256];
  int rc = grants_finish_config(root, &l.grants, out, why, sizeof(why));
  adb_unref(root);
  if (rc != 0)
    snprintf(err, errlen, "%s:1:1: %s", name, why);
  return rc;
}

int config_from_yaml(FILE *in, const char *name, struct launch_config *out,
                     char *err, size_t errlen) {
  return config_from_yaml_exec(in, name, -1, out, err, errlen);
}
