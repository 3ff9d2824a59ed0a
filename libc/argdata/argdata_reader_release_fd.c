#include <argdata.h>

#include "argdata_stream.h"

// The caller takes the descriptor over: it is neither closed by the reader
// nor reachable through the message any more.
void argdata_reader_release_fd(argdata_reader_t *r, int fd) {
  for (size_t i = 0; i < r->nfds; i++)
    if (r->fds[i] == fd)
      r->fds[i] = -1;
}
