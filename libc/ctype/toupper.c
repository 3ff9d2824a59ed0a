#include <ctype.h>

// Maps a-z to A-Z and returns anything else (including EOF) unchanged.
int toupper(int c) {
  return (unsigned int)(c - 'a') < 26 ? c - ('a' - 'A') : c;
}
