#include <errno.h>
#include <sys/resource.h>

#include "rlimit_impl.h"

int getrlimit(int resource, struct rlimit *rlp) {
  if (!rlimit_fixed(resource, rlp)) {
    errno = EINVAL;
    return -1;
  }
  return 0;
}
