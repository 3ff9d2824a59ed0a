#include <stdlib.h>

// MB_CUR_MAX: the longest UTF-8 character, in every supported locale.
size_t __mb_cur_max(void) {
  return 4;
}
