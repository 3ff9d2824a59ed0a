// wcwidth and wcswidth: East Asian Width, combining marks, controls.
#include <wchar.h>

#include "harness.h"

TEST(wcwidth_values) {
  ASSERT_EQ(wcwidth(0), 0);
  ASSERT_EQ(wcwidth(L'a'), 1);
  ASSERT_EQ(wcwidth(L' '), 1);
  ASSERT_EQ(wcwidth(L'~'), 1);
  // Controls are not printable.
  ASSERT_EQ(wcwidth(L'\n'), -1);
  ASSERT_EQ(wcwidth(0x1b), -1);
  ASSERT_EQ(wcwidth(0x7f), -1);
  ASSERT_EQ(wcwidth(0x9b), -1);
  ASSERT_EQ(wcwidth(0x2028), -1);
  // Wide and fullwidth.
  ASSERT_EQ(wcwidth(0x4e00), 2);     // CJK ideograph
  ASSERT_EQ(wcwidth(0x3042), 2);     // Hiragana
  ASSERT_EQ(wcwidth(0xac00), 2);     // Hangul syllable
  ASSERT_EQ(wcwidth(0xff21), 2);     // fullwidth A
  ASSERT_EQ(wcwidth(0x3000), 2);     // ideographic space
  ASSERT_EQ(wcwidth(0x1f600), 2);    // emoji
  ASSERT_EQ(wcwidth(0x20000), 2);    // Extension B
  ASSERT_EQ(wcwidth(0x31350), 2);    // Extension H (Unicode 15.0)
  ASSERT_EQ(wcwidth(0x4dc0), 2);     // Yijing hexagram
  ASSERT_EQ(wcwidth(0xff61), 1);     // halfwidth katakana punctuation
  ASSERT_EQ(wcwidth(0xe9), 1);
  ASSERT_EQ(wcwidth(0x3b1), 1);      // ambiguous width counts as narrow
  // Zero width: combining marks, format characters, medial jamo.
  ASSERT_EQ(wcwidth(0x301), 0);
  ASSERT_EQ(wcwidth(0x20dd), 0);     // enclosing circle (Me)
  ASSERT_EQ(wcwidth(0x200b), 0);
  ASSERT_EQ(wcwidth(0x200d), 0);     // zero width joiner
  ASSERT_EQ(wcwidth(0xfeff), 0);
  ASSERT_EQ(wcwidth(0x1160), 0);
  ASSERT_EQ(wcwidth(0xd7b0), 0);
  ASSERT_EQ(wcwidth(0xfe0f), 0);     // variation selector
  ASSERT_EQ(wcwidth(0xe0100), 0);
  ASSERT_EQ(wcwidth(0xad), 1);       // soft hyphen
  ASSERT_EQ(wcwidth(0x600), 1);      // prepended concatenation mark
  ASSERT_EQ(wcwidth(0x903), 1);      // spacing mark (Mc)
  // Not characters.
  ASSERT_EQ(wcwidth(0xd800), -1);
  ASSERT_EQ(wcwidth(0x378), -1);
  ASSERT_EQ(wcwidth(0xffff), -1);
  ASSERT_EQ(wcwidth(0x110000), -1);
  ASSERT_EQ(wcwidth(-1), -1);
  ASSERT_EQ(wcwidth(0xe000), 1);     // private use
}

// Totals over all code points, from the generator's definitions.
TEST(wcwidth_totals) {
  long count[4] = {0};
  for (wchar_t c = 0; c < 0x110000; ++c) {
    int w = wcwidth(c);
    ASSERT_TRUE(w >= -1 && w <= 2);
    ++count[w + 1];
  }
  ASSERT_EQ(count[0], 827459);
  ASSERT_EQ(count[1], 2387);
  ASSERT_EQ(count[2], 162789);
  ASSERT_EQ(count[3], 121477);
}

TEST(wcswidth) {
  ASSERT_EQ(wcswidth(L"", 5), 0);
  ASSERT_EQ(wcswidth(L"abc", 3), 3);
  ASSERT_EQ(wcswidth(L"abc", 2), 2);
  ASSERT_EQ(wcswidth(L"abc", 100), 3);
  const wchar_t mixed[] = {0x65e5, 0x672c, L'a', 0x301, 0};  // 日本á
  ASSERT_EQ(wcswidth(mixed, 10), 5);
  ASSERT_EQ(wcswidth(mixed, 1), 2);
  const wchar_t bad[] = {L'a', L'\t', L'b', 0};
  ASSERT_EQ(wcswidth(bad, 10), -1);
  ASSERT_EQ(wcswidth(bad, 1), 1);  // the control is beyond n
}
