// <argdata.h>: the typed tree a CloudABI program receives at start-up (and
// that programs exchange over sockets).  Values: null, binary, bool, fd,
// float, int, map, seq, str, timestamp.  Serialized trees are read in place
// (no copying); trees can also be built in memory and serialized.
//
// Errors are returned as errno values; the creation functions return NULL
// and set errno.
#ifndef _ARGDATA_H_
#define _ARGDATA_H_

#include <_/types.h>
#include <stdbool.h>

struct timespec;
typedef struct argdata_t argdata_t;
typedef struct argdata_reader_t argdata_reader_t;
typedef struct argdata_writer_t argdata_writer_t;

#ifndef _FILE_DECLARED
#define _FILE_DECLARED
typedef struct __FILE FILE;
#endif

#define ARGDATA_ITERATOR_END ((size_t)-1)
#define ARGDATA_ITERATOR_INVALID ((size_t)-2)
#define ARGDATA_MAX_ALIGN _Alignas(16)

// Iterators are caller-allocated; `index` is public, the rest is private.
typedef struct {
  ARGDATA_MAX_ALIGN size_t index;
  char data[128];
} argdata_map_iterator_t;

typedef struct {
  ARGDATA_MAX_ALIGN size_t index;
  char data[128];
} argdata_seq_iterator_t;

_CLOUDLIBC_BEGIN

extern const argdata_t argdata_null;
extern const argdata_t argdata_true;
extern const argdata_t argdata_false;

argdata_t *argdata_from_buffer(const void *, size_t, int (*)(void *, size_t), void *);

argdata_t *argdata_create_binary(const void *, size_t);
argdata_t *argdata_create_fd(int);
argdata_t *argdata_create_float(double);
argdata_t *argdata_create_int_s(intmax_t);
argdata_t *argdata_create_int_u(uintmax_t);
argdata_t *argdata_create_map(const argdata_t *const *, const argdata_t *const *, size_t);
argdata_t *argdata_create_seq(const argdata_t *const *, size_t);
argdata_t *argdata_create_str(const char *, size_t);
argdata_t *argdata_create_str_c(const char *);
argdata_t *argdata_create_timestamp(const struct timespec *);
void argdata_free(argdata_t *);

void argdata_serialized_length(const argdata_t *, size_t *, size_t *);
size_t argdata_serialize(const argdata_t *, void *, int *);

int argdata_get_binary(const argdata_t *, const void **, size_t *);
int argdata_get_bool(const argdata_t *, bool *);
int argdata_get_fd(const argdata_t *, int *);
int argdata_get_float(const argdata_t *, double *);
int argdata_get_int_s(const argdata_t *, intmax_t *, intmax_t, intmax_t);
int argdata_get_int_u(const argdata_t *, uintmax_t *, uintmax_t);
int argdata_get_str(const argdata_t *, const char **, size_t *);
int argdata_get_str_c(const argdata_t *, const char **);
int argdata_get_timestamp(const argdata_t *, struct timespec *);

void argdata_map_iterate(const argdata_t *, argdata_map_iterator_t *);
bool argdata_map_get(const argdata_map_iterator_t *, const argdata_t **, const argdata_t **);
void argdata_map_next(argdata_map_iterator_t *);
void argdata_seq_iterate(const argdata_t *, argdata_seq_iterator_t *);
bool argdata_seq_get(const argdata_seq_iterator_t *, const argdata_t **);
void argdata_seq_next(argdata_seq_iterator_t *);

void argdata_print_yaml(const argdata_t *, FILE *);

argdata_reader_t *argdata_reader_create(size_t, size_t);
void argdata_reader_free(argdata_reader_t *);
const argdata_t *argdata_reader_get(const argdata_reader_t *);
int argdata_reader_pull(argdata_reader_t *, int);
void argdata_reader_release_fd(argdata_reader_t *, int);
argdata_writer_t *argdata_writer_create(void);
void argdata_writer_free(argdata_writer_t *);
int argdata_writer_push(argdata_writer_t *, int);
void argdata_writer_set(argdata_writer_t *, const argdata_t *);

_CLOUDLIBC_END

#ifndef __cplusplus
// Integer access with the limits of the destination's type.
#define _ARGDATA_GET_INT_S(name, type, min, max)                            \
  static inline int argdata_get_int_##name(const argdata_t *ad, type *v) { \
    intmax_t x;                                                             \
    int e = argdata_get_int_s(ad, &x, min, max);                            \
    if (e == 0)                                                             \
      *v = (type)x;                                                         \
    return e;                                                               \
  }
#define _ARGDATA_GET_INT_U(name, type, max)                                 \
  static inline int argdata_get_int_##name(const argdata_t *ad, type *v) { \
    uintmax_t x;                                                            \
    int e = argdata_get_int_u(ad, &x, max);                                 \
    if (e == 0)                                                             \
      *v = (type)x;                                                         \
    return e;                                                               \
  }
#ifdef __CHAR_UNSIGNED__
_ARGDATA_GET_INT_S(char, char, 0, __SCHAR_MAX__ * 2 + 1)
#else
_ARGDATA_GET_INT_S(char, char, -__SCHAR_MAX__ - 1, __SCHAR_MAX__)
#endif
_ARGDATA_GET_INT_S(schar, signed char, -__SCHAR_MAX__ - 1, __SCHAR_MAX__)
_ARGDATA_GET_INT_U(uchar, unsigned char, __SCHAR_MAX__ * 2 + 1)
_ARGDATA_GET_INT_S(short, short, -__SHRT_MAX__ - 1, __SHRT_MAX__)
_ARGDATA_GET_INT_U(ushort, unsigned short, __SHRT_MAX__ * 2 + 1)
_ARGDATA_GET_INT_S(int, int, -__INT_MAX__ - 1, __INT_MAX__)
_ARGDATA_GET_INT_U(uint, unsigned int, __INT_MAX__ * 2U + 1)
_ARGDATA_GET_INT_S(long, long, -__LONG_MAX__ - 1, __LONG_MAX__)
_ARGDATA_GET_INT_U(ulong, unsigned long, __LONG_MAX__ * 2UL + 1)
_ARGDATA_GET_INT_S(llong, long long, -__LONG_LONG_MAX__ - 1, __LONG_LONG_MAX__)
_ARGDATA_GET_INT_U(ullong, unsigned long long, __LONG_LONG_MAX__ * 2ULL + 1)
#undef _ARGDATA_GET_INT_S
#undef _ARGDATA_GET_INT_U

#define argdata_get_int(ad, value)                 \
  _Generic(*(value),                               \
      char: argdata_get_int_char,                  \
      signed char: argdata_get_int_schar,          \
      unsigned char: argdata_get_int_uchar,        \
      short: argdata_get_int_short,                \
      unsigned short: argdata_get_int_ushort,      \
      int: argdata_get_int_int,                    \
      unsigned int: argdata_get_int_uint,          \
      long: argdata_get_int_long,                  \
      unsigned long: argdata_get_int_ulong,        \
      long long: argdata_get_int_llong,            \
      unsigned long long: argdata_get_int_ullong)(ad, value)

#define argdata_create_int(value)                   \
  _Generic(value,                                   \
      char: argdata_create_int_s,                   \
      signed char: argdata_create_int_s,            \
      unsigned char: argdata_create_int_u,          \
      short: argdata_create_int_s,                  \
      unsigned short: argdata_create_int_u,         \
      int: argdata_create_int_s,                    \
      unsigned int: argdata_create_int_u,           \
      long: argdata_create_int_s,                   \
      unsigned long: argdata_create_int_u,          \
      long long: argdata_create_int_s,              \
      unsigned long long: argdata_create_int_u)(value)
#endif

#endif
