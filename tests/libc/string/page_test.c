#include <cloudabi_syscalls.h>
#include <string.h>
#include <strings.h>

#include "harness.h"

// The functions read whole aligned blocks.  Strings and buffers placed
// against inaccessible pages check that no read crosses into a page that
// holds none of the bytes the function may look at.
#define PAGE 4096

static unsigned char *guarded_page(void) {
  static unsigned char *page;
  if (page == NULL) {
    void *mem;
    if (cloudabi_sys_mem_map(NULL, 3 * PAGE,
                             CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                             CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE,
                             CLOUDABI_MAP_ANON_FD, 0, &mem) != 0)
      return NULL;
    unsigned char *base = mem;
    if (cloudabi_sys_mem_protect(base, PAGE, 0) != 0 ||
        cloudabi_sys_mem_protect(base + 2 * PAGE, PAGE, 0) != 0)
      return NULL;
    page = base + PAGE;
  }
  return page;
}

TEST(string_functions_at_page_edges) {
  unsigned char *pg = guarded_page();
  ASSERT_TRUE(pg != NULL);
  static char other[256];
  for (size_t len = 0; len < 100; ++len) {
    for (int at_start = 0; at_start < 2; ++at_start) {
      memset(pg, 'b', PAGE);
      char *s = at_start ? (char *)pg : (char *)pg + PAGE - len - 1;
      s[len] = '\0';
      memset(other, 'b', len);
      other[len] = '\0';
      ASSERT_EQ(strlen(s), len);
      ASSERT_EQ(strnlen(s, 1000), len);
      ASSERT_TRUE(strchr(s, 'x') == NULL);
      ASSERT_TRUE(strchrnul(s, 'x') == s + len);
      ASSERT_TRUE(strrchr(s, 'b') == (len > 0 ? s + len - 1 : NULL));
      ASSERT_TRUE(strrchr(s, '\0') == s + len);
      ASSERT_EQ(strcmp(s, other), 0);
      ASSERT_EQ(strcmp(other, s), 0);
      ASSERT_EQ(strncmp(s, other, 1000), 0);
      ASSERT_EQ(strncmp(other, s, 1000), 0);
      ASSERT_EQ(strcasecmp(s, other), 0);
      ASSERT_EQ(strverscmp(s, other), 0);
      ASSERT_EQ(strspn(s, "b"), len);
      ASSERT_EQ(strcspn(s, "xy"), len);
      ASSERT_TRUE(strpbrk(s, "xy") == NULL);
      ASSERT_TRUE(strstr(s, "bbbc") == NULL);
      ASSERT_TRUE(strstr(s, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbc") == NULL);

      unsigned char *m = at_start ? pg : pg + PAGE - len;
      memset(m, 'b', len);
      ASSERT_TRUE(memchr(m, 'x', len) == NULL);
      ASSERT_TRUE(memrchr(m, 'x', len) == NULL);
      ASSERT_EQ(memcmp(m, other, len), 0);
      ASSERT_TRUE(memmem(m, len, "bbc", 3) == NULL);
      memcpy(m, other, len);
      memmove(m, other, len);
      memset(m, 'b', len);
      if (len > 1) {
        memmove(m, m + 1, len - 1);
        memmove(m + 1, m, len - 1);
      }
    }
  }
}
