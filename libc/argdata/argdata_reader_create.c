#include <argdata.h>
#include <errno.h>
#include <stdlib.h>

#include "argdata_stream.h"

argdata_reader_t *argdata_reader_create(size_t max_data_len, size_t max_fds_len) {
  argdata_reader_t *r = malloc(sizeof(*r));
  if (r == NULL)
    return NULL;
  int *fds = NULL;
  if (max_fds_len > 0) {
    if (max_fds_len > SIZE_MAX / sizeof(*fds)) {
      free(r);
      errno = ENOMEM;
      return NULL;
    }
    fds = malloc(max_fds_len * sizeof(*fds));
    if (fds == NULL) {
      free(r);
      return NULL;
    }
  }
  *r = (struct argdata_reader_t){
      .max_data_len = max_data_len,
      .max_fds_len = max_fds_len,
      .state = READER_IDLE,
      .fds = fds,
  };
  return r;
}
