#include <wchar_twoway.h>

// The first occurrence of the needle among the n1 characters at s1; an
// empty needle matches at s1.
wchar_t *wmemmem(const wchar_t *s1, size_t n1, const wchar_t *s2, size_t n2) {
  if (n2 == 0)
    return (wchar_t *)s1;
  if (n2 > n1)
    return NULL;
  if (n2 == 1)
    return wmemchr(s1, *s2, n1);
  return twoway_search(s1, (ptrdiff_t)n1, s2, (ptrdiff_t)n2);
}
