#include <argdata.h>

#include "argdata_encode.h"

static void count_fd(void *ctx, size_t offset, uint32_t raw) {
  ++*(size_t *)ctx;
}

// Length of a child as a subfield: its length prefix plus its encoding.
static size_t subfield_length(const argdata_t *ad, size_t *nfds) {
  size_t len, n;
  argdata_serialized_length(ad, &len, &n);
  *nfds += n;
  return argdata_prefix_size(len) + len;
}

void argdata_serialized_length(const argdata_t *ad, size_t *len, size_t *nfds) {
  size_t l = 0, fds = 0;
  uint8_t scratch[16];
  switch (ad->kind) {
    case AD_BUFFER:
      // Re-emitted byte for byte; fd fields keep their four-byte size.
      l = ad->buffer.len;
      if (nfds != NULL)
        __argdata_visit_fds(ad->buffer.buf, ad->buffer.len, count_fd, &fds);
      break;
    case AD_BINARY:
      l = 1 + ad->bytes.len;
      break;
    case AD_FD:
      l = 5;
      fds = 1;
      break;
    case AD_FLOAT:
      l = 9;
      break;
    case AD_INT_S:
      l = 1 + __argdata_encode_int(ad->int_s, scratch);
      break;
    case AD_INT_U:
      l = 1 + __argdata_encode_int(ad->int_u, scratch);
      break;
    case AD_MAP:
      l = 1;
      for (size_t i = 0; i < ad->map.count; i++) {
        l += subfield_length(ad->map.keys[i], &fds);
        l += subfield_length(ad->map.values[i], &fds);
      }
      break;
    case AD_SEQ:
      l = 1;
      for (size_t i = 0; i < ad->seq.count; i++)
        l += subfield_length(ad->seq.items[i], &fds);
      break;
    case AD_STR:
      l = 1 + ad->bytes.len + 1;
      break;
    case AD_TIMESTAMP:
      l = 1 + __argdata_encode_int(argdata_timestamp_ns(ad), scratch);
      break;
  }
  *len = l;
  if (nfds != NULL)
    *nfds = fds;
}
