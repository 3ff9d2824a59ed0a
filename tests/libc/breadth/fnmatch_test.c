#include <fnmatch.h>
#include <locale.h>

#include "harness.h"

#define YES(p, s, f) ASSERT_EQ(fnmatch(p, s, f), 0)
#define NO(p, s, f) ASSERT_EQ(fnmatch(p, s, f), FNM_NOMATCH)

TEST(wildcards) {
  YES("abc", "abc", 0);
  NO("abc", "abd", 0);
  YES("*", "", 0);
  YES("*", "anything", 0);
  YES("a*c", "abbbc", 0);
  YES("a*c", "ac", 0);
  NO("a*c", "acb", 0);
  YES("*.c", "main.c", 0);
  YES("a?c", "abc", 0);
  NO("a?c", "ac", 0);
  YES("*a*b*c*", "xxaxxbxxcxx", 0);
  NO("*a*b*c*", "xxaxxcxxbxx", 0);
  YES("**a", "a", 0);
  // Long names and many stars stay fast (no exponential backtracking).
  YES("*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 0);
  NO("*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0);
}

TEST(brackets) {
  YES("[abc]", "b", 0);
  NO("[abc]", "d", 0);
  YES("[!abc]", "d", 0);
  YES("[^abc]", "d", 0);
  NO("[!abc]", "a", 0);
  YES("[a-c]x", "bx", 0);
  YES("[]]", "]", 0);
  YES("[!]]", "a", 0);
  YES("[a-]", "-", 0);
  YES("[[:digit:]]*", "7up", 0);
  NO("[[:digit:]]*", "up", 0);
  YES("[[:alpha:][:digit:]]", "x", 0);
  YES("[[=a=]]", "a", 0);
  YES("[[.-.]]", "-", 0);
  YES("[", "[", 0);         // unterminated: an ordinary character
  YES("[a", "[a", 0);
  NO("[[:nope:]]", "a", 0);  // invalid class: '[' is ordinary
  YES("[\\]]", "]", 0);
  YES("[\xc3\xa0-\xc3\xbf]", "\xc3\xa9", 0);  // code point ranges
  YES("?", "\xe2\x82\xac", 0);              // one character, three bytes
  NO("??", "\xe2\x82\xac", 0);
}

TEST(escapes) {
  YES("\\*", "*", 0);
  NO("\\*", "a", 0);
  YES("\\*", "\\*", FNM_NOESCAPE) ;
  NO("\\*", "*", FNM_NOESCAPE);
  YES("a\\", "a\\", 0);  // a trailing backslash is itself
  YES("\\a", "a", 0);
}

TEST(pathname) {
  YES("*", "a/b", 0);
  NO("*", "a/b", FNM_PATHNAME);
  YES("*/*", "a/b", FNM_PATHNAME);
  NO("a?b", "a/b", FNM_PATHNAME);
  NO("a[/]b", "a/b", FNM_PATHNAME);
  YES("a[/]b", "a/b", 0);
  YES("*/b", "a/b", FNM_PATHNAME);
  NO("*b", "a/b", FNM_PATHNAME);
  YES("a*", "abc/def", FNM_LEADING_DIR);
  YES("a*", "abc/def", FNM_LEADING_DIR | FNM_PATHNAME);
  NO("a*", "abc/def", FNM_PATHNAME);
  YES("abc", "abc/def", FNM_LEADING_DIR);
}

TEST(period) {
  YES("*", ".profile", 0);
  NO("*", ".profile", FNM_PERIOD);
  NO("?profile", ".profile", FNM_PERIOD);
  NO("[.]profile", ".profile", FNM_PERIOD);
  YES(".*", ".profile", FNM_PERIOD);
  YES("a/*", "a/.b", FNM_PERIOD);  // only the start of the name
  NO("a/*", "a/.b", FNM_PERIOD | FNM_PATHNAME);
  YES("a/.*", "a/.b", FNM_PERIOD | FNM_PATHNAME);
  YES("*.c", "x.c", FNM_PERIOD);
}

TEST(casefold) {
  NO("ABC", "abc", 0);
  YES("ABC", "abc", FNM_CASEFOLD);
  YES("[A-C]x", "bX", FNM_CASEFOLD);
  YES("*.TXT", "readme.txt", FNM_CASEFOLD);
  YES("\xc3\x89", "\xc3\xa9", FNM_CASEFOLD);
  ASSERT_EQ(fnmatch_l("*.c", "a.c", 0, LC_C_LOCALE), 0);
  ASSERT_EQ(fnmatch_l("*.c", "a.h", 0, LC_C_LOCALE), FNM_NOMATCH);
}
