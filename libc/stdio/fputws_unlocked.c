#include "wstdio_impl.h"

int fputws_unlocked(const wchar_t *restrict ws, FILE *restrict f) {
  for (; *ws != L'\0'; ws++)
    if (__stdio_putwc(*ws, f) == WEOF)
      return -1;
  return 0;
}
