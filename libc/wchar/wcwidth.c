#include <unicode_tables.h>
#include <wchar.h>

// Columns taken by wc on a terminal: see <wchar.h> and the generator.
int wcwidth(wchar_t wc) {
  uint32_t c = (uint32_t)wc;
  if (c - 0x20 < 0x5f)
    return 1;
  return unicode_lookup(c)->width;
}
