// regcomp/regexec: a table of basic and extended expressions with flags
// against subjects, then generated expressions over a small alphabet.
// Each line: flags, pattern, subject, then "err" (regcomp failed),
// "nomatch" or the offsets of the match and of every subexpression.
// Error codes are not printed (their values differ between libraries).
#include <locale.h>
#include <stdbool.h>
#include <regex.h>

#include "ref.h"

struct rcase {
  int cflags;
  int eflags;
  const char *pattern;
  const char *subject;
};

#define B 0
#define E REG_EXTENDED
#define I REG_ICASE
#define N REG_NEWLINE

static const struct rcase cases[] = {
    // Literals and concatenation.
    {B, 0, "abc", "abc"}, {B, 0, "abc", "xabcy"}, {B, 0, "abc", "ab"},
    {B, 0, "abc", "aabbcc"}, {E, 0, "abc", "zzabczzabc"}, {E, 0, "", "abc"},
    {B, 0, "", ""}, {B, 0, "a", ""}, {E, 0, "a", "bbbba"},
    // Dot.
    {B, 0, "a.c", "abc"}, {B, 0, "a.c", "a\nc"}, {B | N, 0, "a.c", "a\nc"},
    {E, 0, "...", "ab"}, {E, 0, ".", "\xc3\xa9"}, {E, 0, "a.b", "a\xc3\xa9" "b"},
    {E, 0, "a..b", "a\xc3\xa9" "b"}, {E, 0, "^.$", "\xe2\x82\xac"},
    {E, 0, "^..$", "\xe2\x82\xac"},
    // Star, plus, question mark.
    {B, 0, "a*", ""}, {B, 0, "a*", "aaa"}, {B, 0, "a*", "baaa"},
    {B, 0, "ba*", "baaa"}, {B, 0, "ba*c", "bc"}, {B, 0, "ba*c", "baaac"},
    {E, 0, "a+", "baaa"}, {E, 0, "a+", "bbb"}, {E, 0, "ba?c", "bc"},
    {E, 0, "ba?c", "bac"}, {E, 0, "ba?c", "baac"}, {E, 0, "a**", "aaa"},
    {E, 0, "a+?", "aaa"}, {E, 0, "(ab)*", "ababab"}, {E, 0, "(ab)+", "xababab"},
    {E, 0, "(ab)?c", "abc"}, {E, 0, "(ab)?c", "ac"},
    {B, 0, "*a", "*a"}, {B, 0, "\\(*a\\)", "*a"}, {B, 0, "^*a", "*a"},
    {B, 0, "a\\+", "aaa"}, {B, 0, "ba\\?c", "bc"},
    // Intervals.
    {B, 0, "a\\{2\\}", "aaaa"}, {B, 0, "a\\{2,\\}", "aaaa"},
    {B, 0, "a\\{2,3\\}", "aaaa"}, {B, 0, "a\\{0,1\\}b", "aab"},
    {B, 0, "a\\{3\\}", "aa"}, {E, 0, "a{2}", "aaaa"}, {E, 0, "a{2,}", "aaaaa"},
    {E, 0, "a{1,3}", "aaaaa"}, {E, 0, "a{0}b", "ab"}, {E, 0, "(a{2}){2}", "aaaaa"},
    {E, 0, "(ab){1,2}c", "abababc"}, {E, 0, "x(ab){0,2}c", "xababc"},
    {E, 0, "a{3,2}", "aaa"}, {E, 0, "a{256}", "a"}, {E, 0, "a{1", "a"},
    {B, 0, "a\\{1", "a"}, {B, 0, "a\\{x\\}", "a"}, {E, 0, "a{,2}", "a"},
    {E, 0, "a{255}", "aaa"}, {E, 0, "(a|b){2,4}", "abbba"},
    {E, 0, "[ab]{3}", "xababx"},
    // Alternation.
    {E, 0, "a|b", "b"}, {E, 0, "a|b|c", "xxc"}, {E, 0, "ab|cd", "xcdab"},
    {E, 0, "a|ab", "ab"}, {E, 0, "ab|a", "ab"}, {E, 0, "(a|ab)(c|bcd)", "abcd"},
    {E, 0, "(a|ab)(c|bcd)(d*)", "abcd"}, {E, 0, "(a*)(b|abc)", "abc"},
    {E, 0, "(a*)(ab)*(b*)", "abb"}, {E, 0, "(ab|a)(bc|c)", "abc"},
    {E, 0, "(a|b)*c", "abac"}, {E, 0, "(wee|week)(knights|night)", "weeknights"},
    {E, 0, "(foo|foobar)(bar)?", "foobar"}, {E, 0, "x(a|b|c)*y", "xabcbay"},
    {B, 0, "a\\|b", "b"}, {B, 0, "\\(a\\|ab\\)\\(c\\|bcd\\)", "abcd"},
    {E, 0, "(a|)b", "b"}, {E, 0, "(|a)b", "ab"},
    // Groups and submatches.
    {E, 0, "(a)(b)(c)", "abc"}, {E, 0, "((a)(b))", "ab"}, {E, 0, "(a(b(c)))", "abc"},
    {E, 0, "(a*)*", "b"}, {E, 0, "(a*)*", "aa"}, {E, 0, "(a*)+", "aa"},
    {E, 0, "(a+)*", "aab"}, {E, 0, "(a|b)*", "abab"}, {E, 0, "(a*)b", "aab"},
    {E, 0, "((a)|b)+", "ab"}, {E, 0, "((a)|b)+", "ba"}, {E, 0, "(a)|(b)", "b"},
    {E, 0, "(a)|b", "b"}, {E, 0, "(.*)c", "abcabc"}, {E, 0, "(.*)(c)", "abcabc"},
    {E, 0, "(.*)(.*)", "abc"}, {E, 0, "(.?)(.*)", "abc"}, {E, 0, "(a?)(a*)", "aaa"},
    {E, 0, "(a*)(a?)", "aaa"}, {E, 0, "x(y)?z", "xz"}, {E, 0, "(x)(y)?(z)", "xz"},
    {E, 0, "((a)b)*c", "ababc"}, {E, 0, "(a)*", "aaa"}, {E, 0, "(ab)*c", "ababc"},
    {B, 0, "\\(a\\)\\(b\\)", "ab"}, {B, 0, "\\(a*\\)\\(b\\)", "aab"},
    {B, 0, "\\(\\(a\\)b\\)*", "abab"}, {E, 0, "([a-c]*)(d)", "abcd"},
    {E, 0, "(a+)(b+)(c+)", "aabbbc"}, {E, 0, "(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", "abcdefghij"},
    {E, 0, "(a(b)?)+", "aba"}, {E, 0, "(a)(b)?(c)", "ac"}, {E, 0, "()", "a"},
    {E, 0, "(()a)", "a"}, {E, 0, "a()b", "ab"},
    // Anchors.
    {B, 0, "^abc", "abc"}, {B, 0, "^abc", "xabc"}, {B, 0, "abc$", "xabc"},
    {B, 0, "abc$", "abcx"}, {B, 0, "^$", ""}, {B, 0, "^$", "a"},
    {B, 0, "a^b", "a^b"}, {B, 0, "a$b", "a$b"}, {B, 0, "\\(^a\\)", "a"},
    {B, 0, "\\(a$\\)", "a"}, {B, 0, "x\\(^a\\)", "x^a"}, {B, 0, "$a", "$a"},
    {E, 0, "^a|^b", "b"}, {E, 0, "a$|b$", "ab"}, {E, 0, "(^a)", "a"},
    {E, 0, "a^b", "ab"}, {E, 0, "^*", "a"},
    {B, REG_NOTBOL, "^a", "a"}, {B, REG_NOTEOL, "a$", "a"},
    {B, REG_NOTBOL, "a", "a"}, {E, REG_NOTBOL | REG_NOTEOL, "^$", ""},
    {B | N, 0, "^b", "a\nb"}, {B, 0, "^b", "a\nb"}, {B | N, 0, "a$", "a\nb"},
    {B, 0, "a$", "a\nb"}, {B | N, 0, "^a.*$", "xa\nay\n"},
    {E | N, 0, "^.+$", "line1\nline2"}, {E | N, 0, "x[^a]y", "x\ny"}, {E, 0, "x[^a]y", "x\ny"},
    {E | N, 0, "(^|x)b", "a\nb"}, {B | N, 0, "^$", "a\n\nb"},
    {E | N, REG_NOTBOL, "^a", "a\na"}, {E | N, REG_NOTEOL, "a$", "a\na"},
    // Bracket expressions.
    {B, 0, "[abc]", "xxb"}, {B, 0, "[^abc]", "abcd"}, {B, 0, "[a-z]*", "hello World"},
    {B, 0, "[]a]", "]"}, {B, 0, "[]a]*", "a]a]b"}, {B, 0, "[^]a]", "]ab"},
    {B, 0, "[a-]", "-"}, {B, 0, "[-a]", "-"}, {B, 0, "[a\\]", "\\"},
    {B, 0, "[a\\]b", "\\b"}, {E, 0, "[.]", "a.b"}, {E, 0, "[*+?]+", "a*+?b"},
    {E, 0, "[[:alpha:]]+", "12abc34"}, {E, 0, "[[:digit:]]+", "ab123c"},
    {E, 0, "[[:alnum:]]+", "--ab12--"}, {E, 0, "[[:space:]]+", "a \t\nb"},
    {E, 0, "[[:upper:]]+", "abCDe"}, {E, 0, "[[:lower:]]+", "ABcdE"},
    {E, 0, "[[:punct:]]+", "ab!?.c"}, {E, 0, "[[:xdigit:]]+", "xx0fAgh"},
    {E, 0, "[[:blank:]]+", "a \t b"}, {E, 0, "[[:cntrl:]]", "a\x01"},
    {E, 0, "[[:print:]]+", "\x01" "ab c\x02"}, {E, 0, "[[:graph:]]+", " ab c"},
    {E, 0, "[^[:alpha:]]+", "ab12cd"}, {E, 0, "[[:alpha:][:digit:]]+", "-a1b2-"},
    {E, 0, "[[:foo:]]", "a"}, {E, 0, "[[:alpha:]", "a"}, {E, 0, "[a", "a"},
    {B, 0, "[a", "a"}, {E, 0, "[z-a]", "a"}, {E, 0, "[a-a]", "a"},
    {E, 0, "[[=a=]]", "bab"}, {E, 0, "[[=a=]b]+", "cabab"}, {E, 0, "[[.a.]]", "ba"},
    {E, 0, "[[.a.]-c]+", "xabcd"}, {E, 0, "[[.-.]]", "a-b"}, {E, 0, "[a-[.c.]]+", "dcba"},
    {E, 0, "[[.].]]", "a]"}, {E, 0, "[0-9]+", "abc123def"},
    {E, 0, "[\xc3\xa9]", "caf\xc3\xa9"}, {E, 0, "[^\xc3\xa9]+", "\xc3\xa9" "ab\xc3\xa9"},
    {E, 0, "[a-\xc3\xbf]+", "z\xc3\xa9\xc3\xbf"}, {E, 0, "[[:alpha:]]+", "\xc3\xa9t\xc3\xa9"},
    {E, 0, "\xc3\xa9+", "\xc3\xa9\xc3\xa9"}, {E, 0, "[^a]", "\xe2\x82\xac"},
    {E, 0, "x[^a]*y", "x\xe2\x82\xac\xc3\xa9y"}, {E, 0, "[]-a]+", "]^a"},
    {E, 0, "[%--]+", "a%+,-b"}, {E, 0, "[a-c-e]", "d"}, {E, 0, "[[:alpha:]-z]", "a"},
    // Case-insensitive matching.
    {B | I, 0, "abc", "ABC"}, {B | I, 0, "ABC", "abc"}, {E | I, 0, "[a-c]+", "xABCy"},
    {E | I, 0, "[A-C]+", "xabcy"}, {E | I, 0, "[^a]", "A"}, {E | I, 0, "a|B", "b"},
    {E | I, 0, "(A)\\1", "aA"}, {E | I, 0, "[[:upper:]]+", "abC"}, {E | I, 0, "[[:lower:]]+", "ABc"},
    {E | I, 0, "\xc3\xa9", "\xc3\x89"}, {E | I, 0, "[\xc3\xa9]", "\xc3\x89"}, {B | I, 0, "x*", "XXx"},
    {E, 0, "[[:upper:]]+", "abC"},
    // Back-references.
    {B, 0, "\\(a\\)\\1", "aa"}, {B, 0, "\\(a\\)\\1", "ab"}, {B, 0, "\\(a*\\)\\1", "aaaa"},
    {B, 0, "\\(a*\\)\\1b", "aaab"}, {B, 0, "\\(.\\)\\1", "abccd"},
    {B, 0, "\\([a-c]*\\)x\\1", "abxab"}, {B, 0, "\\(a\\)\\(b\\)\\2\\1", "abba"},
    {B, 0, "\\(a\\|b\\)*\\1", "abb"}, {B, 0, "\\1", "a"}, {B, 0, "\\(a\\)\\2", "aa"},
    {B, 0, "\\(a\\1\\)", "aa"}, {B, 0, "^\\(.*\\)\\1$", "abcabc"},
    {B, 0, "^\\(.*\\)\\1$", "abcab"}, {B, 0, "\\(x\\)*\\1", "xx"},
    {B, 0, "\\(\\(a\\)b\\)\\2", "aba"}, {E, 0, "(a)\\1", "aa"}, {E, 0, "(a*)\\1", "aaa"},
    {B | I, 0, "\\(a\\)\\1", "aA"}, {B, 0, "\\(.\\)\\(.\\)\\(.\\)\\3\\2\\1", "xabccbay"},
    // Escapes and errors.
    {B, 0, "a\\.c", "abc"}, {B, 0, "a\\.c", "a.c"}, {B, 0, "\\*", "a*"},
    {B, 0, "\\[", "a["}, {B, 0, "a\\", "a"}, {E, 0, "a\\", "a"}, {E, 0, "\\(", "("},
    {E, 0, "\\)", ")"}, {E, 0, "\\{", "{"}, {E, 0, "\\|", "|"}, {E, 0, "a\\+", "a+"},
    {E, 0, "(", "a"}, {E, 0, "(a", "a"}, {B, 0, "\\(a", "a"}, {B, 0, "a\\)", "a"},
    {E, 0, "*a", "a"}, {E, 0, "a|*b", "a"}, {E, 0, "+a", "a"}, {E, 0, "a(*b)", "a"},
    {B, 0, "a**", "aa"}, {B, 0, "(a)", "(a)"}, {B, 0, "a|b", "a|b"}, {B, 0, "a+", "a+"},
    {B, 0, "a?", "a?"}, {B, 0, "a{1}", "a{1}"}, {E, 0, "\\.", "a."}, {E, 0, "\\[a]", "[a]"},
    {E, 0, "a\\$", "a$"}, {E, 0, "\\^a", "^a"},
    // Longest match and leftmost.
    {E, 0, "a|ab|abc", "abcd"}, {E, 0, "(a|ab|abc)d", "abcd"}, {E, 0, "b*", "abbb"},
    {E, 0, "b+", "abbb"}, {E, 0, "x*y", "xxyxy"}, {E, 0, "(xy|x)(yz|z)*", "xyzyz"},
    {E, 0, "(a|aa)*", "aaa"}, {E, 0, "(aa|a)*", "aaa"}, {E, 0, "(a|aa)(a|aa)", "aaa"},
    {E, 0, "(aa|a)(a|aa)", "aaa"}, {E, 0, "(ab|a)(c|bcd)(d*)", "abcd"},
    {E, 0, "(a|b|c)+(c)", "abcc"}, {E, 0, "(.)*", "abc"}, {E, 0, "(.+)(.+)", "abcd"},
    {E, 0, "([ab]+)([bc]+)", "abbc"}, {E, 0, "(a*)(a+)", "aaa"},
    {E, 0, "(a+)(a*)", "aaa"}, {E, 0, "(a+|b+)*", "aabba"},
    // Multibyte and invalid UTF-8 subjects.
    {E, 0, "\xc3\xa9", "caf\xc3\xa9s"}, {E, 0, "(.)(.)", "\xc3\xa9\xc3\xa8"},
    {E, 0, "a.c", "a\xff" "c"}, {E, 0, "a\xff" "c", "xa\xff" "c"}, {E, 0, "[^x]", "\xff"},
    {E, 0, "\xe2\x82\xac+", "\xe2\x82\xac\xe2\x82\xac!"},
    {E, 0, "(\xc3\xa9|e)+", "e\xc3\xa9" "e"}, {E, 0, "[[:alpha:]]", "\xce\xbb"},
    {E | I, 0, "\xce\xbb", "\xce\x9b"},
    // Nested repetition (must not blow up).
    {E, 0, "(a*)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {E, 0, "(a|aa)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {E, 0, "((a*)*)*c", "aaaaaaaaaaaaaaaaaaaaaac"},
    {E, 0, "(x+x+)+y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
    {E, 0, "(a?){20}a{20}", "aaaaaaaaaaaaaaaaaaaa"},
};

static const char *const words[] = {
    "a", "b", "ab", "ba", "aa", ".", "[ab]", "[^a]", "x", "[[:alpha:]]",
};

// A random extended expression over a, b, x; returns whether it can match
// the empty string.  Repetition is not applied to a parenthesised
// expression that can match the empty string: how the iterations of such
// a group are then reported is where musl and glibc disagree with each
// other (the table above has a few of them).
static bool gen_ere(char *out, size_t cap, int depth) {
  bool nullable = false;
  if (strlen(out) + 24 >= cap) {
    strcat(out, "a");
    return false;
  }
  int kind = (int)ref_below(depth > 2 ? 3 : 8);
  switch (kind) {
    case 0:
    case 1:
    case 2:
      strcat(out, words[ref_below(sizeof(words) / sizeof(words[0]))]);
      break;
    case 3:
    case 4: {
      bool a = gen_ere(out, cap, depth + 1);
      bool b = gen_ere(out, cap, depth + 1);
      nullable = a && b;
      break;
    }
    case 6: {
      strcat(out, "(");
      bool a = gen_ere(out, cap, depth + 1);
      strcat(out, "|");
      bool b = gen_ere(out, cap, depth + 1);
      strcat(out, ")");
      nullable = a || b;
      break;
    }
    default:
      strcat(out, "(");
      nullable = gen_ere(out, cap, depth + 1);
      strcat(out, ")");
      break;
  }
  static const char *const ops[] = {"", "", "", "*", "+", "?", "{1,2}", "{2}"};
  const char *op = ops[ref_below(8)];
  size_t len = strlen(out);
  char last = out[len - 1];
  if (*op != '\0' && !(last == ')' && nullable)) {
    strcat(out, op);
    if (*op == '*' || *op == '?')
      nullable = true;
  }
  return nullable;
}

static void run(int cflags, int eflags, const char *pattern, const char *subject) {
  regex_t re;
  regmatch_t m[12];
  ref_puts(cflags & REG_EXTENDED ? "E" : "B");
  if (cflags & REG_ICASE)
    ref_puts("i");
  if (cflags & REG_NEWLINE)
    ref_puts("n");
  if (eflags & REG_NOTBOL)
    ref_puts("^");
  if (eflags & REG_NOTEOL)
    ref_puts("$");
  ref_puts(" ");
  ref_quoted(pattern, strlen(pattern));
  ref_puts(" ");
  ref_quoted(subject, strlen(subject));
  if (regcomp(&re, pattern, cflags) != 0) {
    ref_puts(" err\n");
    return;
  }
  int rc = regexec(&re, subject, 12, m, eflags);
  if (rc == REG_NOMATCH) {
    ref_puts(" nomatch");
  } else if (rc != 0) {
    ref_puts(" fail");
  } else {
    ref_puts(" nsub=");
    ref_dec((long long)re.re_nsub);
    for (size_t i = 0; i <= re.re_nsub && i < 12; i++) {
      ref_puts(" ");
      ref_dec(m[i].rm_so);
      ref_puts(",");
      ref_dec(m[i].rm_eo);
    }
  }
  // The same expression without submatches must agree on matching.
  regfree(&re);
  if (regcomp(&re, pattern, cflags | REG_NOSUB) == 0) {
    int rc2 = regexec(&re, subject, 0, NULL, eflags);
    if ((rc2 == 0) != (rc == 0))
      ref_puts(" NOSUB-DIFFERS");
    regfree(&re);
  }
  ref_puts("\n");
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  // UTF-8 subjects and patterns (the CloudABI default).
  setlocale(LC_ALL, "C.UTF-8");
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    run(cases[i].cflags, cases[i].eflags, cases[i].pattern, cases[i].subject);
  // Every flag combination on a few expressions.
  static const char *const flagged[][2] = {
      {"^a.b$", "a\nb"}, {"(^|\n)b$", "a\nb\n"}, {"[^x]b", "A\nB"}, {"A$", "xa\nA"}};
  for (size_t i = 0; i < 4; i++)
    for (int c = 0; c < 8; c++)
      for (int e = 0; e < 4; e++)
        run(REG_EXTENDED | (c & 1 ? REG_ICASE : 0) | (c & 2 ? REG_NEWLINE : 0),
            (e & 1 ? REG_NOTBOL : 0) | (e & 2 ? REG_NOTEOL : 0), flagged[i][0],
            flagged[i][1]);
  // Generated expressions, each against several subjects.
  for (long round = 0; round < 300 * scale; round++) {
    char pattern[96] = "";
    gen_ere(pattern, sizeof(pattern), 0);
    for (int k = 0; k < 4; k++) {
      char subject[16];
      size_t len = ref_below(12);
      for (size_t j = 0; j < len; j++)
        subject[j] = "abx"[ref_below(3)];
      subject[len] = '\0';
      run(REG_EXTENDED, 0, pattern, subject);
    }
  }
  ref_flush();
  return 0;
}
