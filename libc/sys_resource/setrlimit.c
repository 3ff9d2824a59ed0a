#include <errno.h>
#include <sys/resource.h>

#include "rlimit_impl.h"

// Only the limits already in force can be set (see rlimit_impl.h): raising
// a hard limit is EPERM as for an unprivileged process, and lowering one,
// which nothing would enforce, is EINVAL rather than a limit reported but
// not kept.
int setrlimit(int resource, const struct rlimit *rlp) {
  struct rlimit now;
  if (!rlimit_fixed(resource, &now) || rlp->rlim_cur > rlp->rlim_max) {
    errno = EINVAL;
    return -1;
  }
  if (rlp->rlim_max > now.rlim_max) {
    errno = EPERM;
    return -1;
  }
  if (rlp->rlim_max != now.rlim_max || rlp->rlim_cur != now.rlim_cur) {
    errno = EINVAL;
    return -1;
  }
  return 0;
}
