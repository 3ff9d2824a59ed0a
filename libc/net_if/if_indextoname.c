#include <errno.h>
#include <net/if.h>

// No interface is visible, so no index names one.
char *if_indextoname(unsigned int ifindex, char *ifname) {
  errno = ENXIO;
  return NULL;
}
