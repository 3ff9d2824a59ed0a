#include <string.h>
#include <strings.h>

#include "harness.h"
#include "testutil.h"

static char A[800], B[800];

// Random strings at every alignment, often equal or sharing a prefix.
static void make_pair(char **a, char **b, int alphabet) {
  size_t la = rnd() % 300, lb = rnd() % 4 == 0 ? la : rnd() % 300;
  *a = A + rnd() % 16;
  *b = B + rnd() % 16;
  fill(*a, la, alphabet);
  (*a)[la] = '\0';
  if (rnd() % 2) {
    for (size_t i = 0; i < lb; ++i)
      (*b)[i] = i < la ? (*a)[i] : 'a';
    if (lb > 0 && rnd() % 2)
      (*b)[rnd() % lb] = (char)('a' + rnd() % (unsigned)alphabet);
  } else {
    fill(*b, lb, alphabet);
  }
  (*b)[lb] = '\0';
  if (la > 0 && rnd() % 4 == 0)
    (*a)[rnd() % la] = (char)(0x80 + rnd() % 128);
}

TEST(strlen_strnlen) {
  ASSERT_EQ(strlen(""), 0);
  ASSERT_EQ(strnlen("", 5), 0);
  ASSERT_EQ(strnlen("abc", 0), 0);
  ASSERT_EQ(strnlen("abc", 2), 2);
  ASSERT_EQ(strnlen("abc", 3), 3);
  ASSERT_EQ(strnlen("abc", (size_t)-1), 3);
  for (size_t sa = 0; sa < 16; ++sa)
    for (size_t n = 0; n < 300; ++n) {
      fill(A, sizeof(A), 3);
      A[sa + n] = '\0';
      ASSERT_EQ(strlen(A + sa), n);
      size_t max = rnd() % 400;
      ASSERT_EQ(strnlen(A + sa, max), n < max ? n : max);
    }
}

TEST(strcmp_strncmp) {
  ASSERT_EQ(strcmp("", ""), 0);
  ASSERT_TRUE(strcmp("", "a") < 0);
  ASSERT_TRUE(strcmp("a", "") > 0);
  ASSERT_TRUE(strcmp("\x80", "\x7f") > 0);  // Unsigned comparison.
  ASSERT_EQ(strncmp("abc", "abd", 2), 0);
  ASSERT_TRUE(strncmp("abc", "abd", 3) < 0);
  ASSERT_EQ(strncmp("abc", "xyz", 0), 0);
  ASSERT_EQ(strncmp("abc", "abc", (size_t)-1), 0);
  ASSERT_TRUE(strncmp("ab", "abc", 3) < 0);
  for (int it = 0; it < 50000; ++it) {
    char *a, *b;
    make_pair(&a, &b, 1 + (int)(rnd() % 3));
    size_t n = rnd() % 320;
    ASSERT_EQ(sign(strcmp(a, b)), sign(ref_strncmp(a, b, (size_t)-1)));
    ASSERT_EQ(sign(strncmp(a, b, n)), sign(ref_strncmp(a, b, n)));
    ASSERT_EQ(sign(strcoll(a, b)), sign(strcmp(a, b)));
  }
}

TEST(strchr_strchrnul_strrchr) {
  const char *s = "hello";
  ASSERT_TRUE(strchr(s, 'l') == s + 2);
  ASSERT_TRUE(strrchr(s, 'l') == s + 3);
  ASSERT_TRUE(strchr(s, '\0') == s + 5);
  ASSERT_TRUE(strrchr(s, '\0') == s + 5);
  ASSERT_TRUE(strchr(s, 'z') == NULL);
  ASSERT_TRUE(strrchr(s, 'z') == NULL);
  ASSERT_TRUE(strchrnul(s, 'z') == s + 5);
  ASSERT_TRUE(strchr(s, 'h' + 256) == s);  // Converted to char.
  ASSERT_TRUE(strchr("", 'a') == NULL);
  for (int it = 0; it < 50000; ++it) {
    char *a, *b;
    make_pair(&a, &b, 4);
    int c = 'a' + (int)(rnd() % 5);
    if (rnd() % 8 == 0)
      c = 0;
    if (rnd() % 8 == 0)
      c = (int)(0x80 + rnd() % 128) - (rnd() % 2 ? 256 : 0);
    ASSERT_TRUE(strchr(a, c) == ref_strchr(a, c));
    const char *r = ref_strchr(a, c);
    ASSERT_TRUE(strchrnul(a, c) == (r != NULL ? r : a + ref_strlen(a)));
    ASSERT_TRUE(strrchr(a, c) == ref_strrchr(a, c));
  }
}

TEST(strspn_strcspn_strpbrk) {
  ASSERT_EQ(strspn("abcabcx", "abc"), 6);
  ASSERT_EQ(strspn("abc", ""), 0);
  ASSERT_EQ(strspn("", "abc"), 0);
  ASSERT_EQ(strspn("aaab", "a"), 3);
  ASSERT_EQ(strcspn("abcxyz", "zy"), 4);
  ASSERT_EQ(strcspn("abc", ""), 3);
  ASSERT_EQ(strcspn("abc", "c"), 2);
  ASSERT_EQ(strspn("\xff\xfe\x01", "\xfe\xff"), 2);
  ASSERT_EQ(strcspn("ab\xc3\xa9", "\xa9"), 3);
  const char *s = "key=value;x";
  ASSERT_TRUE(strpbrk(s, ";=") == s + 3);
  ASSERT_TRUE(strpbrk(s, "!") == NULL);
  ASSERT_TRUE(strpbrk(s, "") == NULL);
  for (int it = 0; it < 20000; ++it) {
    char *a, *b;
    make_pair(&a, &b, 5);
    char set[5] = {0};
    for (unsigned i = 0, n = rnd() % 5; i < n; ++i)
      set[i] = (char)('a' + rnd() % 5);
    size_t spn = 0;
    while (a[spn] != '\0' && ref_strchr(set, a[spn]) != NULL)
      ++spn;
    size_t cspn = 0;
    while (a[cspn] != '\0' && ref_strchr(set, a[cspn]) == NULL)
      ++cspn;
    ASSERT_EQ(strspn(a, set), spn);
    ASSERT_EQ(strcspn(a, set), cspn);
    ASSERT_TRUE(strpbrk(a, set) == (a[cspn] != '\0' ? a + cspn : NULL));
  }
}

TEST(strcasecmp_strncasecmp) {
  ASSERT_EQ(strcasecmp("Hello", "hELLO"), 0);
  ASSERT_TRUE(strcasecmp("a", "B") < 0);
  ASSERT_TRUE(strcasecmp("B", "a") > 0);
  // '[' sorts after 'Z' but before 'a'; comparison is on lower case.
  ASSERT_TRUE(strcasecmp("[", "a") < 0);
  ASSERT_TRUE(strcasecmp("[", "A") < 0);
  ASSERT_TRUE(strcasecmp("\xc4", "\xe4") != 0);  // Not ASCII: no folding.
  ASSERT_EQ(strncasecmp("abcX", "ABCy", 3), 0);
  ASSERT_TRUE(strncasecmp("abcX", "ABCy", 4) < 0);
  ASSERT_EQ(strncasecmp("a", "b", 0), 0);
  ASSERT_EQ(strcasecmp_l("ABC", "abc", NULL), 0);
  ASSERT_EQ(strncasecmp_l("ABC", "abd", 2, NULL), 0);
  ASSERT_EQ(strcoll_l("a", "a", NULL), 0);
  ASSERT_TRUE(strcoll_l("a", "b", NULL) < 0);
}

TEST(strverscmp_ordering) {
  static const char *const order[] = {
      "",    "000", "00",  "01", "010", "09", "0",    "1",     "9",
      "10",  "a",   "a00", "a01", "a0", "a1", "a1b",  "a9",    "a10",
      "a10b", "a11", "b",  "lib1.2.9", "lib1.2.10", "lib1.10.0", "z"};
  size_t n = sizeof(order) / sizeof(order[0]);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j)
      ASSERT_EQ(sign(strverscmp(order[i], order[j])),
                sign((long long)i - (long long)j));
  ASSERT_TRUE(strverscmp("jan1", "jan10") < 0);
  ASSERT_TRUE(strverscmp("item#99", "item#100") < 0);
  ASSERT_TRUE(strverscmp("1.0.0a", "1.0.0") > 0);
}

TEST(strtok_r_tokens) {
  char s[] = "  a bb,, ccc ,";
  char *save = NULL;
  ASSERT_STREQ(strtok_r(s, " ,", &save), "a");
  ASSERT_STREQ(strtok_r(NULL, " ,", &save), "bb");
  ASSERT_STREQ(strtok_r(NULL, " ,", &save), "ccc");
  ASSERT_TRUE(strtok_r(NULL, " ,", &save) == NULL);
  ASSERT_TRUE(strtok_r(NULL, " ,", &save) == NULL);
  char e[] = ",,,";
  ASSERT_TRUE(strtok_r(e, ",", &save) == NULL);
  char one[] = "word";
  ASSERT_STREQ(strtok_r(one, "", &save), "word");
  ASSERT_TRUE(strtok_r(NULL, "", &save) == NULL);
  // Two independent tokenizations interleaved.
  char x[] = "1 2", y[] = "a:b";
  char *sx, *sy;
  ASSERT_STREQ(strtok_r(x, " ", &sx), "1");
  ASSERT_STREQ(strtok_r(y, ":", &sy), "a");
  ASSERT_STREQ(strtok_r(NULL, " ", &sx), "2");
  ASSERT_STREQ(strtok_r(NULL, ":", &sy), "b");
}

TEST(strsep_fields) {
  char s[] = "a,,b;c";
  char *p = s;
  ASSERT_STREQ(strsep(&p, ",;"), "a");
  ASSERT_STREQ(strsep(&p, ",;"), "");
  ASSERT_STREQ(strsep(&p, ",;"), "b");
  ASSERT_TRUE(p == s + 5);
  ASSERT_STREQ(strsep(&p, ",;"), "c");
  ASSERT_TRUE(p == NULL);
  ASSERT_TRUE(strsep(&p, ",;") == NULL);
  char t[] = "";
  p = t;
  ASSERT_STREQ(strsep(&p, ","), "");
  ASSERT_TRUE(p == NULL);
}
