#include <locale.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "harness.h"

// Compiles and matches; returns regexec's result and fills m[0..n).
static int match(const char *pattern, int cflags, const char *subject,
                 regmatch_t *m, size_t n, int eflags) {
  regex_t re;
  int rc = regcomp(&re, pattern, cflags);
  if (rc != 0)
    return -rc;
  rc = regexec(&re, subject, n, m, eflags);
  regfree(&re);
  return rc;
}

TEST(basic_and_extended) {
  regmatch_t m[4];
  ASSERT_EQ(match("a\\(b*\\)c", 0, "xabbbc", m, 4, 0), 0);
  ASSERT_EQ(m[0].rm_so, 1);
  ASSERT_EQ(m[0].rm_eo, 6);
  ASSERT_EQ(m[1].rm_so, 2);
  ASSERT_EQ(m[1].rm_eo, 5);
  ASSERT_EQ(m[2].rm_so, -1);  // beyond re_nsub
  ASSERT_EQ(m[3].rm_eo, -1);
  ASSERT_EQ(match("a(b*)c", 0, "a(bb)c", m, 1, 0), 0);  // literal in a BRE
  ASSERT_EQ(match("a(b+)c", REG_EXTENDED, "abbc", m, 2, 0), 0);
  ASSERT_EQ(m[1].rm_eo - m[1].rm_so, 2);
  ASSERT_EQ(match("x|y", REG_EXTENDED, "aaa", m, 1, 0), REG_NOMATCH);
}

TEST(errors) {
  regex_t re;
  ASSERT_EQ(regcomp(&re, "a\\(b", 0), REG_EPAREN);
  ASSERT_EQ(regcomp(&re, "(ab", REG_EXTENDED), REG_EPAREN);
  ASSERT_EQ(regcomp(&re, "[ab", REG_EXTENDED), REG_EBRACK);
  ASSERT_EQ(regcomp(&re, "a{1", REG_EXTENDED), REG_EBRACE);
  ASSERT_EQ(regcomp(&re, "a{2,1}", REG_EXTENDED), REG_BADBR);
  ASSERT_EQ(regcomp(&re, "a{256}", REG_EXTENDED), REG_BADBR);
  ASSERT_EQ(regcomp(&re, "[[:nope:]]", REG_EXTENDED), REG_ECTYPE);
  ASSERT_EQ(regcomp(&re, "[z-a]", REG_EXTENDED), REG_ERANGE);
  ASSERT_EQ(regcomp(&re, "[[.ab.]]", REG_EXTENDED), REG_ECOLLATE);
  ASSERT_EQ(regcomp(&re, "a\\", REG_EXTENDED), REG_EESCAPE);
  ASSERT_EQ(regcomp(&re, "\\(a\\)\\2", 0), REG_ESUBREG);
  ASSERT_EQ(regcomp(&re, "*a", REG_EXTENDED), REG_BADRPT);
  // Too large a program.
  ASSERT_EQ(regcomp(&re, "((((a{200}){200}){200}){200})", REG_EXTENDED),
            REG_ESPACE);
  char buf[64];
  size_t n = regerror(REG_EBRACK, NULL, buf, sizeof(buf));
  ASSERT_EQ(n, strlen(buf) + 1);
  ASSERT_TRUE(strstr(buf, "[") != NULL);
  // Truncation keeps a terminated prefix; the full length is returned.
  ASSERT_EQ(regerror(REG_EBRACK, NULL, buf, 4), n);
  ASSERT_EQ(strlen(buf), 3);
  ASSERT_EQ(regerror(REG_NOMATCH, NULL, NULL, 0), strlen("No match") + 1);
  ASSERT_EQ(regerror_l(REG_ESPACE, NULL, buf, sizeof(buf), LC_C_LOCALE),
            regerror(REG_ESPACE, NULL, NULL, 0));
  ASSERT_TRUE(regerror(12345, NULL, buf, sizeof(buf)) > 1);
}

TEST(flags) {
  regmatch_t m[2];
  ASSERT_EQ(match("^b$", REG_NEWLINE, "a\nb\nc", m, 1, 0), 0);
  ASSERT_EQ(m[0].rm_so, 2);
  ASSERT_EQ(match("^b$", 0, "a\nb\nc", m, 1, 0), REG_NOMATCH);
  ASSERT_EQ(match("a.b", REG_NEWLINE, "a\nb", m, 1, 0), REG_NOMATCH);
  ASSERT_EQ(match("a[^x]b", REG_NEWLINE, "a\nb", m, 1, 0), REG_NOMATCH);
  ASSERT_EQ(match("a[^x]b", 0, "a\nb", m, 1, 0), 0);
  ASSERT_EQ(match("^a", 0, "a", m, 1, REG_NOTBOL), REG_NOMATCH);
  ASSERT_EQ(match("a$", 0, "a", m, 1, REG_NOTEOL), REG_NOMATCH);
  ASSERT_EQ(match("^a", REG_NEWLINE, "a\na", m, 1, REG_NOTBOL), 0);
  ASSERT_EQ(m[0].rm_so, 2);
  ASSERT_EQ(match("HeLLo", REG_ICASE, "say hello", m, 1, 0), 0);
  ASSERT_EQ(match("[[:upper:]]+", REG_ICASE | REG_EXTENDED, "abc", m, 1, 0), 0);
  ASSERT_EQ(m[0].rm_eo, 3);
  // REG_NOSUB: no offsets are stored.
  regex_t re;
  ASSERT_EQ(regcomp(&re, "(a)(b)", REG_EXTENDED | REG_NOSUB), 0);
  m[0].rm_so = 77;
  ASSERT_EQ(regexec(&re, "xab", 2, m, 0), 0);
  ASSERT_EQ(m[0].rm_so, 77);
  ASSERT_EQ(regexec(&re, "xa", 0, NULL, 0), REG_NOMATCH);
  regfree(&re);
}

TEST(multibyte) {
  regmatch_t m[2];
  // One '.' is one character, offsets are bytes.
  ASSERT_EQ(match("^.(.)$", REG_EXTENDED, "\xc3\xa9\xe2\x82\xac", m, 2, 0), 0);
  ASSERT_EQ(m[1].rm_so, 2);
  ASSERT_EQ(m[1].rm_eo, 5);
  ASSERT_EQ(match("[\xc3\xa0-\xc3\xbf]+", REG_EXTENDED, "ab\xc3\xa9\xc3\xa8z", m, 1, 0), 0);
  ASSERT_EQ(m[0].rm_so, 2);
  ASSERT_EQ(m[0].rm_eo, 6);
  ASSERT_EQ(match("\xc3\xa9", REG_ICASE, "\xc3\x89", m, 1, 0), 0);
  ASSERT_EQ(match("[[:alpha:]]", REG_EXTENDED, "\xce\xbb", m, 1, 0), 0);
  // An invalid byte is matched only by itself.
  ASSERT_EQ(match("a.b", 0, "a\xff" "b", m, 1, 0), REG_NOMATCH);
  ASSERT_EQ(match("a\xff" "b", 0, "xa\xff" "b", m, 1, 0), 0);
  ASSERT_EQ(m[0].rm_so, 1);
}

TEST(back_references) {
  regmatch_t m[3];
  ASSERT_EQ(match("^\\(.*\\)\\1$", 0, "abcabc", m, 2, 0), 0);
  ASSERT_EQ(m[1].rm_eo, 3);
  ASSERT_EQ(match("^\\(.*\\)\\1$", 0, "abcab", m, 2, 0), REG_NOMATCH);
  ASSERT_EQ(match("(a|b)\\1", REG_EXTENDED | REG_ICASE, "xaA", m, 2, 0), 0);
  ASSERT_EQ(m[0].rm_so, 1);
  // A reference to a group that did not participate fails.
  ASSERT_EQ(match("(a)|b\\1", REG_EXTENDED, "b", m, 1, 0), REG_NOMATCH);
}

TEST(counted_and_wide) {
  regex_t re;
  regmatch_t m[2];
  // Pattern and subject with explicit lengths and embedded null bytes.
  ASSERT_EQ(regncomp(&re, "a\0b", 3, REG_EXTENDED), 0);
  ASSERT_EQ(regnexec(&re, "xxa\0b", 5, 1, m, 0), 0);
  ASSERT_EQ(m[0].rm_so, 2);
  ASSERT_EQ(m[0].rm_eo, 5);
  ASSERT_EQ(regnexec(&re, "xxa\0b", 4, 1, m, 0), REG_NOMATCH);
  ASSERT_EQ(regnexec_l(&re, "a\0b", 3, 1, m, 0, LC_C_UNICODE_LOCALE), 0);
  regfree(&re);
  ASSERT_EQ(regncomp_l(&re, "(b)+zzz", 4, REG_EXTENDED, LC_C_LOCALE), 0);
  ASSERT_EQ(re.re_nsub, 1);
  ASSERT_EQ(regexec_l(&re, "abbc", 2, m, 0, LC_C_LOCALE), 0);
  ASSERT_EQ(m[0].rm_so, 1);
  ASSERT_EQ(m[0].rm_eo, 3);
  ASSERT_EQ(m[1].rm_so, 2);
  regfree(&re);
  ASSERT_EQ(regcomp_l(&re, "^[[:digit:]]+$", REG_EXTENDED, LC_C_LOCALE), 0);
  ASSERT_EQ(regexec(&re, "12345", 0, NULL, 0), 0);
  regfree(&re);
  // Wide patterns and subjects: offsets count wide characters.
  ASSERT_EQ(regwcomp(&re, L"\u20ac(x+)", REG_EXTENDED), 0);
  ASSERT_EQ(regwexec(&re, L"a\u20acxxb", 2, m, 0), 0);
  ASSERT_EQ(m[0].rm_so, 1);
  ASSERT_EQ(m[0].rm_eo, 4);
  ASSERT_EQ(m[1].rm_so, 2);
  ASSERT_EQ(regwnexec(&re, L"a\u20acxxb", 2, 1, m, 0), REG_NOMATCH);
  regfree(&re);
  ASSERT_EQ(regwncomp(&re, L"ab\0c", 4, 0), 0);
  ASSERT_EQ(regwnexec(&re, L"zab\0c", 5, 1, m, 0), 0);
  ASSERT_EQ(m[0].rm_so, 1);
  regfree(&re);
  ASSERT_EQ(regwcomp_l(&re, L"[[:alpha:]]", 0, LC_C_LOCALE), 0);
  ASSERT_EQ(regwexec(&re, L"1\u03bb", 1, m, 0), 0);
  ASSERT_EQ(m[0].rm_so, 1);
  regfree(&re);
  ASSERT_EQ(regwncomp_l(&re, L"a\\", 2, 0, LC_C_LOCALE), REG_EESCAPE);
}

TEST(back_reference_budget) {
  // Exponential backtracking is cut off with REG_ESPACE.
  regex_t re;
  ASSERT_EQ(regcomp(&re, "^(a*)*(a*)*(a*)*(a*)*(a*)*\\1b", REG_EXTENDED), 0);
  char subject[64];
  memset(subject, 'a', 40);
  subject[40] = '\0';
  int rc = regexec(&re, subject, 0, NULL, 0);
  ASSERT_TRUE(rc == REG_ESPACE || rc == REG_NOMATCH);
  regfree(&re);
}
