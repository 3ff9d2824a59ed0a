// Internal: struct iovec, for <sys/uio.h> and <sys/socket.h>.  Its layout
// equals cloudabi_iovec_t and cloudabi_ciovec_t, so arrays of it are handed
// to the system unchanged.
#ifndef ___STRUCT_IOVEC_H_
#define ___STRUCT_IOVEC_H_

#include <_/types.h>

struct iovec {
  void *iov_base;
  size_t iov_len;
};

#endif
