#include <wchar.h>

// Only the ASCII bytes are complete characters in UTF-8.
wint_t btowc(int c) {
  return (unsigned int)c < 0x80 ? (wint_t)c : WEOF;
}
