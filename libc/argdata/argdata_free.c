#include <argdata.h>
#include <stdlib.h>

// Only the node itself: children and referenced buffers belong to the caller.
void argdata_free(argdata_t *ad) {
  free(ad);
}
