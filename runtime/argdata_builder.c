// In-memory argdata tree and its serializer (encoding: argdata.md §2-3).
#include "argdata_builder.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum {
  TAG_BINARY = 0x01,
  TAG_BOOL = 0x02,
  TAG_FD = 0x03,
  TAG_FLOAT = 0x04,
  TAG_INT = 0x05,
  TAG_MAP = 0x06,
  TAG_SEQ = 0x07,
  TAG_STR = 0x08,
  TAG_TIMESTAMP = 0x09,
};

// Widest integer payload we produce: a 128-bit two's-complement value.
#define INT_PAYLOAD_MAX 16

struct adb_node {
  enum adb_kind kind;
  size_t refs;
  bool len_known;      // encoded_len is valid (computed once, on demand)
  size_t encoded_len;  // tag + payload, without a subfield prefix
  union {
    bool boolean;
    int host_fd;
    double real;
    struct {
      unsigned char bytes[INT_PAYLOAD_MAX];
      unsigned char len;
    } integer;  // ADB_INT and ADB_TIMESTAMP: the minimal payload
    struct {
      unsigned char *bytes;
      size_t len;
    } blob;  // ADB_STR (without terminator) and ADB_BINARY
    struct {
      struct adb_node **items;  // a map stores key, value, key, value...
      size_t count, cap;
    } list;
  } u;
};

static struct adb_node *node_new(enum adb_kind kind) {
  struct adb_node *node = calloc(1, sizeof(*node));
  if (node == NULL)
    return NULL;
  node->kind = kind;
  node->refs = 1;
  return node;
}

struct adb_node *adb_null(void) { return node_new(ADB_NULL); }

struct adb_node *adb_bool(bool value) {
  struct adb_node *node = node_new(ADB_BOOL);
  if (node != NULL)
    node->u.boolean = value;
  return node;
}

// Stores the 128-bit two's-complement value (hi:lo) as the shortest
// big-endian byte string that still reads back to the same value.
static void set_minimal_integer(struct adb_node *node, uint64_t hi,
                                uint64_t lo) {
  unsigned char full[INT_PAYLOAD_MAX];
  for (int i = 0; i < 8; ++i) {
    full[i] = (unsigned char)(hi >> (56 - 8 * i));
    full[8 + i] = (unsigned char)(lo >> (56 - 8 * i));
  }
  size_t start = 0;
  // A leading 00 is redundant when the next byte is non-negative on its
  // own, a leading FF when the next byte already carries the sign.
  while (start + 1 < INT_PAYLOAD_MAX &&
         ((full[start] == 0x00 && !(full[start + 1] & 0x80)) ||
          (full[start] == 0xFF && (full[start + 1] & 0x80))))
    ++start;
  if (start == INT_PAYLOAD_MAX - 1 && full[start] == 0x00)
    start = INT_PAYLOAD_MAX;  // zero has an empty payload
  node->u.integer.len = (unsigned char)(INT_PAYLOAD_MAX - start);
  memcpy(node->u.integer.bytes, full + start, node->u.integer.len);
}

struct adb_node *adb_int_signed(int64_t value) {
  struct adb_node *node = node_new(ADB_INT);
  if (node != NULL)
    set_minimal_integer(node, value < 0 ? UINT64_MAX : 0, (uint64_t)value);
  return node;
}

struct adb_node *adb_int_unsigned(uint64_t value) {
  struct adb_node *node = node_new(ADB_INT);
  if (node != NULL)
    set_minimal_integer(node, 0, value);
  return node;
}

struct adb_node *adb_float(double value) {
  struct adb_node *node = node_new(ADB_FLOAT);
  if (node != NULL)
    node->u.real = value;
  return node;
}

static struct adb_node *blob_new(enum adb_kind kind, const void *bytes,
                                 size_t len) {
  struct adb_node *node = node_new(kind);
  if (node == NULL)
    return NULL;
  // One spare byte so that an empty blob still owns a valid allocation.
  node->u.blob.bytes = malloc(len + 1);
  if (node->u.blob.bytes == NULL) {
    free(node);
    errno = ENOMEM;
    return NULL;
  }
  if (len > 0)
    memcpy(node->u.blob.bytes, bytes, len);
  node->u.blob.len = len;
  return node;
}

struct adb_node *adb_str(const char *text, size_t len) {
  if (!adb_utf8_valid(text, len)) {
    errno = EILSEQ;
    return NULL;
  }
  return blob_new(ADB_STR, text, len);
}

struct adb_node *adb_binary(const void *bytes, size_t len) {
  return blob_new(ADB_BINARY, bytes, len);
}

struct adb_node *adb_timestamp(int64_t seconds, uint32_t nanoseconds) {
  if (nanoseconds > 999999999) {
    errno = EINVAL;
    return NULL;
  }
  struct adb_node *node = node_new(ADB_TIMESTAMP);
  if (node == NULL)
    return NULL;
  // seconds * 10^9 + nanoseconds needs up to 94 bits: multiply the
  // magnitude in 32-bit halves into a 128-bit hi:lo pair.
  uint64_t magnitude = seconds < 0 ? 0 - (uint64_t)seconds : (uint64_t)seconds;
  uint64_t low_product = (magnitude & 0xFFFFFFFFu) * 1000000000u;
  uint64_t high_product = (magnitude >> 32) * 1000000000u;
  uint64_t lo = low_product + (high_product << 32);
  uint64_t hi = (high_product >> 32) + (lo < low_product);
  if (seconds < 0) {  // two's-complement negation of hi:lo
    lo = ~lo + 1;
    hi = ~hi + (lo == 0);
  }
  uint64_t sum = lo + nanoseconds;
  hi += sum < lo;
  set_minimal_integer(node, hi, sum);
  return node;
}

struct adb_node *adb_fd(int host_fd) {
  if (host_fd < 0) {
    errno = EINVAL;
    return NULL;
  }
  struct adb_node *node = node_new(ADB_FD);
  if (node != NULL)
    node->u.host_fd = host_fd;
  return node;
}

struct adb_node *adb_seq(void) { return node_new(ADB_SEQ); }
struct adb_node *adb_map(void) { return node_new(ADB_MAP); }

static int list_push(struct adb_node *list, struct adb_node *item) {
  if (list->u.list.count == list->u.list.cap) {
    size_t cap = list->u.list.cap == 0 ? 8 : 2 * list->u.list.cap;
    struct adb_node **items =
        realloc(list->u.list.items, cap * sizeof(*items));
    if (items == NULL)
      return ENOMEM;
    list->u.list.items = items;
    list->u.list.cap = cap;
  }
  list->u.list.items[list->u.list.count++] = item;
  list->len_known = false;
  return 0;
}

int adb_seq_append(struct adb_node *seq, struct adb_node *element) {
  int error = list_push(seq, element);
  if (error != 0)
    adb_unref(element);
  return error;
}

int adb_map_append(struct adb_node *map, struct adb_node *key,
                   struct adb_node *value) {
  // Reserve both slots first so that a map never holds a lone key.
  int error = list_push(map, key);
  if (error != 0) {
    adb_unref(key);
    adb_unref(value);
    return error;
  }
  error = list_push(map, value);
  if (error != 0) {
    --map->u.list.count;
    adb_unref(key);
    adb_unref(value);
  }
  return error;
}

struct adb_node *adb_ref(struct adb_node *node) {
  ++node->refs;
  return node;
}

void adb_unref(struct adb_node *node) {
  if (node == NULL || --node->refs > 0)
    return;
  switch (node->kind) {
  case ADB_STR:
  case ADB_BINARY:
    free(node->u.blob.bytes);
    break;
  case ADB_SEQ:
  case ADB_MAP:
    for (size_t i = 0; i < node->u.list.count; ++i)
      adb_unref(node->u.list.items[i]);
    free(node->u.list.items);
    break;
  default:
    break;
  }
  free(node);
}

enum adb_kind adb_kind_of(const struct adb_node *node) { return node->kind; }

int adb_fd_host(const struct adb_node *node) { return node->u.host_fd; }

bool adb_utf8_valid(const char *text, size_t len) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < len) {
    unsigned char lead = s[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    size_t extra;
    uint32_t code, min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      extra = 1, code = lead & 0x1F, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      extra = 2, code = lead & 0x0F, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      extra = 3, code = lead & 0x07, min = 0x10000;
    } else {
      return false;  // continuation byte, C0/C1 overlong or > 4 bytes
    }
    if (len - i <= extra)
      return false;
    for (size_t k = 1; k <= extra; ++k) {
      if ((s[i + k] & 0xC0) != 0x80)
        return false;
      code = (code << 6) | (s[i + k] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

// Bytes of the length prefix of a subfield holding `len` bytes.
static size_t prefix_size(size_t len) {
  size_t size = 1;
  while (len >= 0x80) {
    len >>= 7;
    ++size;
  }
  return size;
}

static size_t add_saturated(size_t a, size_t b) {
  return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

size_t adb_serialized_length(struct adb_node *node) {
  if (node->len_known)
    return node->encoded_len;
  size_t len;
  switch (node->kind) {
  case ADB_NULL:
    len = 0;
    break;
  case ADB_BOOL:
    len = node->u.boolean ? 2 : 1;
    break;
  case ADB_FD:
    len = 5;
    break;
  case ADB_FLOAT:
    len = 9;
    break;
  case ADB_INT:
  case ADB_TIMESTAMP:
    len = 1 + (size_t)node->u.integer.len;
    break;
  case ADB_BINARY:
    len = add_saturated(1, node->u.blob.len);
    break;
  case ADB_STR:
    len = add_saturated(2, node->u.blob.len);
    break;
  case ADB_SEQ:
  case ADB_MAP:
  default:
    len = 1;
    for (size_t i = 0; i < node->u.list.count; ++i) {
      size_t child = adb_serialized_length(node->u.list.items[i]);
      len = add_saturated(len, add_saturated(child, prefix_size(child)));
    }
    break;
  }
  node->encoded_len = len;
  node->len_known = true;
  return len;
}

// Host fd -> program fd table, indexed directly by the (small) host fd.
struct renumbering {
  int *program_fd_of;  // -1: not seen yet
  size_t table_size;
  int *host_fds;  // in order of first appearance
  size_t count;
};

static int renumber(struct renumbering *r, int host_fd, uint32_t *out) {
  size_t slot = (size_t)host_fd;
  if (slot >= r->table_size) {
    size_t size = r->table_size == 0 ? 64 : r->table_size;
    while (size <= slot)
      size *= 2;
    int *table = realloc(r->program_fd_of, size * sizeof(*table));
    if (table == NULL)
      return ENOMEM;
    for (size_t i = r->table_size; i < size; ++i)
      table[i] = -1;
    r->program_fd_of = table;
    r->table_size = size;
  }
  if (r->program_fd_of[slot] < 0) {
    int *host_fds = realloc(r->host_fds, (r->count + 1) * sizeof(*host_fds));
    if (host_fds == NULL)
      return ENOMEM;
    r->host_fds = host_fds;
    r->host_fds[r->count] = host_fd;
    r->program_fd_of[slot] = (int)r->count++;
  }
  *out = (uint32_t)r->program_fd_of[slot];
  return 0;
}

static unsigned char *write_prefix(unsigned char *out, size_t len) {
  size_t size = prefix_size(len);
  for (size_t i = size; i-- > 0;) {
    out[i] = (unsigned char)(len & 0x7F);
    len >>= 7;
  }
  out[size - 1] |= 0x80;  // the high bit marks the last byte
  return out + size;
}

static int write_node(struct adb_node *node, unsigned char **cursor,
                      struct renumbering *r) {
  unsigned char *out = *cursor;
  switch (node->kind) {
  case ADB_NULL:
    break;
  case ADB_BOOL:
    *out++ = TAG_BOOL;
    if (node->u.boolean)
      *out++ = 0x01;
    break;
  case ADB_FD: {
    uint32_t number = (uint32_t)node->u.host_fd;
    if (r != NULL) {
      int error = renumber(r, node->u.host_fd, &number);
      if (error != 0)
        return error;
    }
    *out++ = TAG_FD;
    for (int shift = 24; shift >= 0; shift -= 8)
      *out++ = (unsigned char)(number >> shift);
    break;
  }
  case ADB_FLOAT: {
    uint64_t bits;
    memcpy(&bits, &node->u.real, sizeof(bits));
    *out++ = TAG_FLOAT;
    for (int shift = 56; shift >= 0; shift -= 8)
      *out++ = (unsigned char)(bits >> shift);
    break;
  }
  case ADB_INT:
  case ADB_TIMESTAMP:
    *out++ = node->kind == ADB_INT ? TAG_INT : TAG_TIMESTAMP;
    memcpy(out, node->u.integer.bytes, node->u.integer.len);
    out += node->u.integer.len;
    break;
  case ADB_BINARY:
  case ADB_STR:
    *out++ = node->kind == ADB_BINARY ? TAG_BINARY : TAG_STR;
    if (node->u.blob.len > 0)
      memcpy(out, node->u.blob.bytes, node->u.blob.len);
    out += node->u.blob.len;
    if (node->kind == ADB_STR)
      *out++ = 0x00;
    break;
  case ADB_SEQ:
  case ADB_MAP:
    *out++ = node->kind == ADB_SEQ ? TAG_SEQ : TAG_MAP;
    for (size_t i = 0; i < node->u.list.count; ++i) {
      struct adb_node *child = node->u.list.items[i];
      out = write_prefix(out, adb_serialized_length(child));
      int error = write_node(child, &out, r);
      if (error != 0)
        return error;
    }
    break;
  }
  *cursor = out;
  return 0;
}

int adb_serialize(struct adb_node *root, size_t max_len, unsigned char **buf,
                  size_t *len, int **fds, size_t *nfds) {
  size_t total = adb_serialized_length(root);
  if (total > max_len)
    return EOVERFLOW;
  unsigned char *bytes = malloc(total + 1);  // never malloc(0)
  if (bytes == NULL)
    return ENOMEM;
  struct renumbering r = {0};
  unsigned char *cursor = bytes;
  int error = write_node(root, &cursor, fds != NULL ? &r : NULL);
  free(r.program_fd_of);
  if (error != 0) {
    free(bytes);
    free(r.host_fds);
    return error;
  }
  *buf = bytes;
  *len = total;
  if (fds != NULL) {
    *fds = r.host_fds;
    *nfds = r.count;
  }
  return 0;
}
