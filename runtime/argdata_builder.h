// An in-memory argdata tree built on the host side and serialized in the
// exact byte encoding the program reads (tags, minimal integers, length
// prefixes, NUL-terminated strings, big-endian fds).  The runtime does not
// link our CloudABI libc, so it carries this small writer of its own.
//
// Nodes are reference counted so that a YAML alias can share the anchored
// node: the tree is really a DAG, serialized as if every shared node were
// written out again at each place it is used.
#ifndef RUNTIME_ARGDATA_BUILDER_H
#define RUNTIME_ARGDATA_BUILDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum adb_kind {
  ADB_NULL,
  ADB_BINARY,
  ADB_BOOL,
  ADB_FD,
  ADB_FLOAT,
  ADB_INT,
  ADB_MAP,
  ADB_SEQ,
  ADB_STR,
  ADB_TIMESTAMP,
};

struct adb_node;

// Constructors return a node with one reference, or NULL with errno set
// (ENOMEM; EILSEQ for a string that is not UTF-8; EINVAL for a timestamp
// with nanoseconds outside [0, 999999999] or a negative fd).
struct adb_node *adb_null(void);
struct adb_node *adb_bool(bool value);
struct adb_node *adb_int_signed(int64_t value);
struct adb_node *adb_int_unsigned(uint64_t value);
struct adb_node *adb_float(double value);
struct adb_node *adb_str(const char *text, size_t len);  // copied
struct adb_node *adb_binary(const void *bytes, size_t len);  // copied
// An instant `seconds` + `nanoseconds` after 1970-01-01T00:00:00Z.
struct adb_node *adb_timestamp(int64_t seconds, uint32_t nanoseconds);
// A reference to host descriptor `host_fd` (renumbered when serialized).
struct adb_node *adb_fd(int host_fd);
struct adb_node *adb_seq(void);
struct adb_node *adb_map(void);

// Appending takes over the caller's references to the children, also on
// failure (then they are released).  Returns 0 or ENOMEM.
int adb_seq_append(struct adb_node *seq, struct adb_node *element);
int adb_map_append(struct adb_node *map, struct adb_node *key,
                   struct adb_node *value);

struct adb_node *adb_ref(struct adb_node *node);
void adb_unref(struct adb_node *node);

enum adb_kind adb_kind_of(const struct adb_node *node);
int adb_fd_host(const struct adb_node *node);  // ADB_FD nodes only

// True when [text, text+len) is well-formed UTF-8 as argdata readers
// require (no overlong forms, surrogates or code points above U+10FFFF).
bool adb_utf8_valid(const char *text, size_t len);

// Length of the serialized value, or SIZE_MAX when it does not fit size_t
// (possible with deeply shared alias nodes).
size_t adb_serialized_length(struct adb_node *root);

// Serializes `root` into a new buffer.  With `fds` non-NULL, fd fields are
// renumbered: each distinct host fd gets the next index 0, 1, ... at its
// first occurrence in a depth-first walk (map key before value), *fds
// receives the host fds in that order and *nfds their count.  With `fds`
// NULL the host fd numbers are written unchanged.  Returns 0, ENOMEM, or
// EOVERFLOW when the value is longer than `max_len`.
int adb_serialize(struct adb_node *root, size_t max_len, unsigned char **buf,
                  size_t *len, int **fds, size_t *nfds);

#endif
