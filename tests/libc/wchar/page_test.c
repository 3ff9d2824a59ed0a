// Wide-string functions and converters against inaccessible pages: the
// SIMD scans read whole aligned blocks, and none of them may touch a page
// that holds no character the function is allowed to look at.
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <wchar.h>

#include "harness.h"

#define PAGE 4096

// A readable page between two inaccessible ones.
static unsigned char *guarded_page(void) {
  static unsigned char *page;
  if (page == NULL) {
    unsigned char *base = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
                               MAP_ANON | MAP_PRIVATE, -1, 0);
    if (base == MAP_FAILED || mprotect(base, PAGE, PROT_NONE) != 0 ||
        mprotect(base + 2 * PAGE, PAGE, PROT_NONE) != 0)
      return NULL;
    page = base + PAGE;
  }
  return page;
}

#define WPAGE (PAGE / sizeof(wchar_t))

TEST(wide_strings_at_page_edges) {
  wchar_t *pg = (wchar_t *)guarded_page();
  ASSERT_TRUE(pg != NULL);
  for (size_t len = 0; len < 70; ++len) {
    for (int at_start = 0; at_start < 2; ++at_start) {
      for (size_t i = 0; i < WPAGE; ++i)
        pg[i] = 0x1f600;
      wchar_t *s = at_start ? pg : pg + WPAGE - len - 1;
      s[len] = L'\0';
      ASSERT_EQ(wcslen(s), len);
      ASSERT_EQ(wcsnlen(s, len + 1000), len);
      ASSERT_EQ(wcsnlen(s, len), len);
      ASSERT_TRUE(wcschr(s, L'\0') == s + len);
      ASSERT_TRUE(wcschr(s, L'x') == NULL);
      ASSERT_TRUE(wcsrchr(s, 0x1f600) == (len ? s + len - 1 : NULL));
      ASSERT_TRUE(wmemchr(s, L'\0', len + 1) == s + len);
      ASSERT_TRUE(wmemchr(s, L'x', len + 1) == NULL);
      ASSERT_TRUE(wcsstr(s, L"\U0001f600x") == NULL);
      wchar_t *d = wcsdup(s);
      ASSERT_TRUE(d != NULL && wcscmp(d, s) == 0);
      ASSERT_EQ(wcscmp(s, d), 0);
      ASSERT_EQ(wcsncmp(s, d, len + 100), 0);
      ASSERT_EQ(wmemcmp(s, d, len + 1), 0);
      free(d);
      // Not terminated at all: the count limits the scan.
      wchar_t *t = pg + WPAGE - len;
      for (size_t i = 0; i < len; ++i)
        t[i] = L'a';
      ASSERT_EQ(wcsnlen(t, len), len);
      ASSERT_TRUE(wmemchr(t, L'b', len) == NULL);
      ASSERT_TRUE(wmemchr(t, L'a', len) == (len ? t : NULL));
      if (at_start) {
        // From the start of the page, a terminated string of len chars.
        pg[len] = L'\0';
        ASSERT_EQ(wcslen(pg), len);
      }
    }
  }
}

TEST(converters_at_page_edges) {
  unsigned char *pg = guarded_page();
  ASSERT_TRUE(pg != NULL);
  static wchar_t wide[128];
  static char narrow[512];
  for (size_t len = 0; len < 100; ++len) {
    memset(pg, 'a', PAGE);
    char *s = (char *)pg + PAGE - len - 1;
    s[len] = '\0';
    const char *src = s;
    ASSERT_EQ(mbsrtowcs(wide, &src, 128, NULL), len);
    ASSERT_TRUE(src == NULL);
    src = s;
    ASSERT_EQ(mbsrtowcs(NULL, &src, 0, NULL), len);
    // Input limited by count, not terminated.
    memset(pg + PAGE - len, 'a', len);
    src = (char *)pg + PAGE - len;
    ASSERT_EQ(mbsnrtowcs(wide, &src, len, 128, NULL), len);
    // Wide to narrow, the wide string at the end of the page.
    wchar_t *w = (wchar_t *)pg + WPAGE - (len % 64) - 1;
    for (size_t i = 0; i < len % 64; ++i)
      w[i] = L'z';
    w[len % 64] = L'\0';
    const wchar_t *wsrc = w;
    ASSERT_EQ(wcsrtombs(narrow, &wsrc, sizeof(narrow), NULL), len % 64);
    wsrc = w;
    ASSERT_EQ(wcsrtombs(NULL, &wsrc, 0, NULL), len % 64);
  }
}
