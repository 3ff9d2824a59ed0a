#include <stdint.h>
#include <wchar.h>

typedef uint64_t __attribute__((__may_alias__)) word_t;

// Two wide characters at a time once the pointer is 8-byte aligned; an
// aligned load never crosses into another page, so reading past the
// terminator within the word is harmless.
size_t wcslen(const wchar_t *s) {
  const wchar_t *p = s;
  if ((uintptr_t)p & 4) {
    if (*p == L'\0')
      return 0;
    ++p;
  }
  const word_t *w = (const word_t *)p;
  for (;;) {
    uint64_t x = *w;
    if (((x - 0x0000000100000001) & ~x & 0x8000000080000000) != 0)
      break;
    ++w;
  }
  p = (const wchar_t *)w;
  return (size_t)(p - s) + (p[0] != L'\0');
}
