// Internal: state of argdata_reader_t and argdata_writer_t.  One message on
// a stream is an 8-byte big-endian payload length followed by the payload;
// descriptors travel with the first bytes of the message.
#ifndef LIBC_INTERNAL_ARGDATA_STREAM_H
#define LIBC_INTERNAL_ARGDATA_STREAM_H

#include <stddef.h>
#include <stdint.h>

#include "argdata_impl.h"

#define ARGDATA_STREAM_HEADER 8

enum argdata_reader_state {
  READER_IDLE,      // no message: nothing read yet, or the stream ended
  READER_HEADER,    // reading the length
  READER_BODY,      // reading the payload
  READER_COMPLETE,  // `root` holds a message
  READER_FAILED,    // the stream cannot be resynchronised; `error` says why
};

struct argdata_reader_t {
  size_t max_data_len;
  size_t max_fds_len;
  enum argdata_reader_state state;
  int error;

  uint8_t header[ARGDATA_STREAM_HEADER];
  size_t header_read;

  uint8_t *data;  // payload buffer, grown on demand
  size_t data_capacity;
  size_t data_len;  // announced payload length
  size_t data_read;

  int *fds;      // max_fds_len entries; released ones are set to -1
  size_t nfds;   // received with the current message

  argdata_t root;  // the current message, wrapping `data`
};

struct argdata_writer_t {
  const argdata_t *pending;  // set but not serialized yet

  uint8_t *buf;  // header followed by the payload
  size_t capacity;
  size_t len;   // bytes of the current message (0: none)
  size_t sent;

  int *fds;  // descriptors of the current message, in renumbered order
  size_t fds_capacity;
  size_t nfds;
};

// Closes the descriptors of the reader's current message that were not
// released, and forgets them.
void __argdata_reader_close_fds(struct argdata_reader_t *);

#endif
