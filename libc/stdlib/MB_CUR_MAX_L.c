#include <stdlib.h>

// The longest UTF-8 character: the encoding of every supported locale.
size_t MB_CUR_MAX_L(locale_t locale) {
  return 4;
}
