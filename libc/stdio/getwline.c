#include <wchar.h>

ssize_t getwline(wchar_t **restrict linep, size_t *restrict sizep, FILE *restrict f) {
  return getwdelim(linep, sizep, L'\n', f);
}
