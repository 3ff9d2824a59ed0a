#include <argdata.h>
#include <string.h>

#include "argdata_encode.h"

struct fd_numbering {
  int *fds;      // NULL: write process fd numbers unchanged
  size_t count;  // distinct fds so far
};

// The number to store for process fd `fd` (negative: unresolvable).
static uint32_t number_fd(struct fd_numbering *nb, int fd) {
  if (fd < 0)
    return ARGDATA_FD_UNRESOLVED;
  if (nb->fds == NULL)
    return (uint32_t)fd;
  // Distinct fds are numbered by first occurrence.
  for (size_t i = 0; i < nb->count; i++)
    if (nb->fds[i] == fd)
      return (uint32_t)i;
  nb->fds[nb->count] = fd;
  return (uint32_t)nb->count++;
}

struct buffer_patch {
  struct fd_numbering *nb;
  const argdata_t *ad;  // the wrapped buffer: its conversion callback
  uint8_t *out;         // its copy in the output
};

static void patch_fd(void *ctx, size_t offset, uint32_t raw) {
  struct buffer_patch *bp = ctx;
  int fd = -1;
  if (bp->ad->buffer.convert_fd != NULL)
    fd = bp->ad->buffer.convert_fd(bp->ad->buffer.convert_arg, raw);
  argdata_write_be32(bp->out + offset, number_fd(bp->nb, fd));
}

static uint8_t *write_value(const argdata_t *ad, uint8_t *out, struct fd_numbering *nb);

static uint8_t *write_subfield(const argdata_t *ad, uint8_t *out, struct fd_numbering *nb) {
  size_t len;
  argdata_serialized_length(ad, &len, NULL);
  return write_value(ad, argdata_write_prefix(out, len), nb);
}

static uint8_t *write_value(const argdata_t *ad, uint8_t *out, struct fd_numbering *nb) {
  switch (ad->kind) {
    case AD_BUFFER: {
      // Copied as is, then its fd fields are rewritten in place.
      if (ad->buffer.len > 0)
        memcpy(out, ad->buffer.buf, ad->buffer.len);
      struct buffer_patch bp = {.nb = nb, .ad = ad, .out = out};
      __argdata_visit_fds(ad->buffer.buf, ad->buffer.len, patch_fd, &bp);
      return out + ad->buffer.len;
    }
    case AD_BINARY:
      *out++ = ADT_BINARY;
      if (ad->bytes.len > 0)
        memcpy(out, ad->bytes.ptr, ad->bytes.len);
      return out + ad->bytes.len;
    case AD_FD:
      *out++ = ADT_FD;
      argdata_write_be32(out, number_fd(nb, ad->fd));
      return out + 4;
    case AD_FLOAT: {
      uint64_t bits;
      memcpy(&bits, &ad->f, sizeof(bits));
      *out++ = ADT_FLOAT;
      for (size_t i = 8; i-- > 0;) {
        out[i] = (uint8_t)bits;
        bits >>= 8;
      }
      return out + 8;
    }
    case AD_INT_S:
      *out++ = ADT_INT;
      return out + __argdata_encode_int(ad->int_s, out);
    case AD_INT_U:
      *out++ = ADT_INT;
      return out + __argdata_encode_int(ad->int_u, out);
    case AD_MAP:
      *out++ = ADT_MAP;
      for (size_t i = 0; i < ad->map.count; i++) {
        out = write_subfield(ad->map.keys[i], out, nb);
        out = write_subfield(ad->map.values[i], out, nb);
      }
      return out;
    case AD_SEQ:
      *out++ = ADT_SEQ;
      for (size_t i = 0; i < ad->seq.count; i++)
        out = write_subfield(ad->seq.items[i], out, nb);
      return out;
    case AD_STR:
      *out++ = ADT_STR;
      if (ad->bytes.len > 0)
        memcpy(out, ad->bytes.ptr, ad->bytes.len);
      out += ad->bytes.len;
      *out++ = '\0';
      return out;
    case AD_TIMESTAMP:
      *out++ = ADT_TIMESTAMP;
      return out + __argdata_encode_int(argdata_timestamp_ns(ad), out);
  }
  return out;
}

size_t argdata_serialize(const argdata_t *ad, void *buf, int *fds) {
  struct fd_numbering nb = {.fds = fds, .count = 0};
  write_value(ad, buf, &nb);
  return nb.count;
}
