#include <dirent.h>
#include <string.h>

// Orders names as versions: digit sequences compare by numeric value
// ("file9" before "file10"), as strverscmp() does.
int versionsort(const struct dirent **a, const struct dirent **b) {
  return strverscmp((*a)->d_name, (*b)->d_name);
}
