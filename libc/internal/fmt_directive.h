// Internal: the directives of the printf family, shared by the narrow
// (__fmt_vprintf) and wide (__fmt_vwprintf) directive interpreters.  A
// directive is parsed from bytes: the wide interpreter copies the ASCII
// characters of a wide directive into a byte buffer first.
#ifndef LIBC_INTERNAL_FMT_DIRECTIVE_H
#define LIBC_INTERNAL_FMT_DIRECTIVE_H

#include <stdarg.h>
#include <stdint.h>

#include "fmt_impl.h"

#define FMT_ARGMAX 128  // highest supported argument number for %n$

enum arg_class { ARG_NONE, ARG_INT, ARG_I64, ARG_PTR, ARG_DBL, ARG_LDBL };

union arg {
  int i;
  int64_t l;
  void *p;
  double d;
  long double ld;
};

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIGL };

struct directive {
  struct fmt_spec spec;
  int argpos;     // 0 = next in sequence, n = %n$
  int width_arg;  // -1 none, 0 = '*', m = '*m$'
  int prec_arg;
  enum length len;
  char conv;      // conversion letter as written
};

struct args {
  va_list ap;
  union arg *table;  // positional mode
};

// Parses "n$" if it is there: the number, 0 if absent, -1 if invalid.
int __fmt_parse_position(const char **);
// Parses the directive after '%'; *pp is left after the conversion letter.
// 0, EINVAL or EOVERFLOW.
int __fmt_parse_directive(const char **, struct directive *);
// The class of the directive's argument; (enum arg_class)-1 if the
// conversion is unknown, ARG_NONE for %%.
enum arg_class __fmt_class_of(const struct directive *);
// Fetches the next variable argument of a class.
union arg __fmt_fetch(va_list *, enum arg_class);
// First pass of the positional mode: records a directive's argument
// classes in classes[] and raises *max to its highest argument number.
int __fmt_note_positional(const struct directive *, enum arg_class *, int *);
// Enters the positional mode: `collect` records the class of every
// argument of the format (with __fmt_note_positional), then they are
// fetched in order into table, which src then reads from.
int __fmt_load_positional(struct args *src, union arg *table,
                          int (*collect)(const void *, enum arg_class *, int *),
                          const void *fmt);
// Second pass: checks the argument mode, resolves '*' widths and
// precisions into d->spec and fetches the argument into *a.
int __fmt_prepare(struct directive *, struct args *, union arg *);
// Formats a prepared directive (any conversion, including %%).
int __fmt_convert(struct fmt_out *, struct directive *, union arg);

#endif
