#include <ctype.h>

// Maps A-Z to a-z and returns anything else (including EOF) unchanged.
int tolower(int c) {
  return (unsigned int)(c - 'A') < 26 ? c + ('a' - 'A') : c;
}
