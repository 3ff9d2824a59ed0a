#include <wchar.h>

// Only the ASCII characters are single bytes in UTF-8.
int wctob(wint_t wc) {
  return (uint32_t)wc < 0x80 ? (int)wc : -1;  // EOF
}
