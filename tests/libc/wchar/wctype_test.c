// <wctype.h>: Unicode classification and case mapping.
#include <wchar.h>
#include <wctype.h>

#include "harness.h"

// Totals over 0..0x10FFFF, computed independently by
// scripts/gen_unicode_tables.py's definitions from the Unicode 15.0 UCD.
TEST(class_totals) {
  static const struct {
    const char *name;
    long count;
  } totals[] = {
      {"alpha", 138435}, {"upper", 1982},   {"lower", 2548},
      {"digit", 10},     {"xdigit", 22},    {"space", 22},
      {"blank", 15},     {"cntrl", 67},     {"punct", 148193},
      {"graph", 286638}, {"print", 286652}, {"alnum", 138445},
  };
  for (size_t i = 0; i < sizeof(totals) / sizeof(totals[0]); ++i) {
    wctype_t t = wctype(totals[i].name);
    ASSERT_NE(t, 0);
    long n = 0;
    for (wint_t c = 0; c < 0x110000; ++c)
      n += iswctype(c, t) != 0;
    ASSERT_EQ(n, totals[i].count);
  }
  long lower = 0, upper = 0;
  for (wint_t c = 0; c < 0x110000; ++c) {
    lower += towlower(c) != c;
    upper += towupper(c) != c;
  }
  ASSERT_EQ(lower, 1433);
  ASSERT_EQ(upper, 1450);
}

// Every named function agrees with iswctype, and the classes relate as
// POSIX requires.
TEST(class_consistency) {
  for (wint_t c = 0; c < 0x110000; ++c) {
    ASSERT_EQ(!!iswalpha(c), !!iswctype(c, wctype("alpha")));
    ASSERT_EQ(!!iswupper(c), !!iswctype(c, wctype("upper")));
    ASSERT_EQ(!!iswlower(c), !!iswctype(c, wctype("lower")));
    ASSERT_EQ(!!iswspace(c), !!iswctype(c, wctype("space")));
    ASSERT_EQ(!!iswblank(c), !!iswctype(c, wctype("blank")));
    ASSERT_EQ(!!iswcntrl(c), !!iswctype(c, wctype("cntrl")));
    ASSERT_EQ(!!iswpunct(c), !!iswctype(c, wctype("punct")));
    ASSERT_EQ(!!iswgraph(c), !!iswctype(c, wctype("graph")));
    ASSERT_EQ(!!iswprint(c), !!iswctype(c, wctype("print")));
    ASSERT_EQ(!!iswalnum(c), !!(iswalpha(c) || iswdigit(c)));
    ASSERT_EQ(!!iswgraph(c), !!(iswprint(c) && !iswspace(c)));
    ASSERT_EQ(!!iswpunct(c), !!(iswgraph(c) && !iswalnum(c)));
    if (iswalpha(c) || iswdigit(c))
      ASSERT_FALSE(iswcntrl(c) || iswspace(c) || iswpunct(c));
    if (iswblank(c))
      ASSERT_TRUE(iswspace(c));
    if (iswupper(c) || iswlower(c))
      ASSERT_TRUE(iswalpha(c));
  }
}

TEST(spot_checks) {
  // Letters of several scripts, categories Lu/Ll/Lt/Lm/Lo/Nl.
  ASSERT_TRUE(iswalpha(L'A') && iswupper(L'A') && !iswlower(L'A'));
  ASSERT_TRUE(iswalpha(0xe9) && iswlower(0xe9));    // é
  ASSERT_TRUE(iswalpha(0x3b1) && iswlower(0x3b1));  // α
  ASSERT_TRUE(iswalpha(0x416) && iswupper(0x416));  // Ж
  ASSERT_TRUE(iswupper(0x1c5) && iswlower(0x1c5));  // ǅ titlecase
  ASSERT_TRUE(iswalpha(0x2b0) && iswlower(0x2b0));  // ʰ Lm Other_Lowercase
  ASSERT_TRUE(iswalpha(0x5d0) && !iswupper(0x5d0) && !iswlower(0x5d0));
  ASSERT_TRUE(iswalpha(0x4e00));                    // CJK ideograph
  ASSERT_TRUE(iswalpha(0x2a6df));                   // Extension B
  ASSERT_TRUE(iswalpha(0x31350));                   // Extension H (15.0)
  ASSERT_TRUE(iswalpha(0xac00));                    // Hangul syllable
  ASSERT_TRUE(iswalpha(0x2160) && iswupper(0x2160));  // Ⅰ (Nl)
  ASSERT_TRUE(iswalpha(0x903));                     // Mc Other_Alphabetic
  // Digits: only 0-9 are digits; others are alphanumeric.
  ASSERT_TRUE(iswdigit(L'7') && !iswalpha(L'7') && iswalnum(L'7'));
  ASSERT_TRUE(!iswdigit(0x663) && iswalnum(0x663));   // Arabic-Indic 3
  ASSERT_TRUE(!iswdigit(0xff10) && iswalnum(0xff10)); // fullwidth 0
  ASSERT_TRUE(iswxdigit(L'f') && iswxdigit(L'F') && !iswxdigit(L'g'));
  ASSERT_FALSE(iswxdigit(0xff21));                    // fullwidth A
  // Spaces.
  ASSERT_TRUE(iswspace(L' ') && iswblank(L' ') && !iswgraph(L' '));
  ASSERT_TRUE(iswspace(L'\n') && !iswblank(L'\n') && iswcntrl(L'\n'));
  ASSERT_TRUE(iswspace(0x3000) && iswblank(0x3000) && iswprint(0x3000));
  ASSERT_TRUE(iswspace(0x2028) && iswcntrl(0x2028) && !iswprint(0x2028));
  ASSERT_TRUE(iswspace(0x85));
  ASSERT_FALSE(iswspace(0xa0) || iswblank(0xa0));     // no-break spaces
  ASSERT_FALSE(iswspace(0x202f) || iswspace(0x2007));
  ASSERT_TRUE(iswprint(0xa0) && iswgraph(0xa0) && iswpunct(0xa0));
  ASSERT_FALSE(iswspace(0x200b));                     // ZWSP is Cf
  // Punctuation, symbols, marks.
  ASSERT_TRUE(iswpunct(L'!') && iswpunct(0x20ac) && iswpunct(0x1f600));
  ASSERT_TRUE(iswpunct(0x301));                       // combining acute
  ASSERT_TRUE(iswpunct(0xad) && iswprint(0xad));      // soft hyphen (Cf)
  // Controls and non-characters.
  ASSERT_TRUE(iswcntrl(0) && iswcntrl(0x7f) && iswcntrl(0x9f));
  ASSERT_FALSE(iswprint(0x7f) || iswprint(0x80));
  ASSERT_FALSE(iswprint(0xd800) || iswalpha(0xdfff));  // surrogates
  ASSERT_TRUE(iswprint(0xe000) && iswprint(0x10fffd));  // private use
  ASSERT_FALSE(iswprint(0xfffe) || iswprint(0x10ffff)); // noncharacters
  ASSERT_FALSE(iswprint(0x378));                      // unassigned
  ASSERT_FALSE(iswprint(0xe0080));
  ASSERT_TRUE(iswprint(0xe0001));                     // language tag (Cf)
  // Out of range and WEOF.
  static const wint_t outside[] = {WEOF, 0x110000, 0x7fffffff, -2};
  for (size_t i = 0; i < sizeof(outside) / sizeof(outside[0]); ++i) {
    wint_t c = outside[i];
    ASSERT_FALSE(iswalnum(c) || iswalpha(c) || iswblank(c) || iswcntrl(c) ||
                 iswdigit(c) || iswgraph(c) || iswlower(c) || iswprint(c) ||
                 iswpunct(c) || iswspace(c) || iswupper(c) || iswxdigit(c));
    ASSERT_EQ(towlower(c), c);
    ASSERT_EQ(towupper(c), c);
  }
}

TEST(case_mapping) {
  ASSERT_EQ(towupper(L'a'), L'A');
  ASSERT_EQ(towlower(L'Z'), L'z');
  ASSERT_EQ(towupper(L'1'), L'1');
  ASSERT_EQ(towupper(0xe9), 0xc9);
  ASSERT_EQ(towupper(0xff), 0x178);    // ÿ -> Ÿ
  ASSERT_EQ(towupper(0xdf), 0xdf);     // ß has no simple uppercase
  ASSERT_EQ(towlower(0x130), L'i');    // İ -> i
  ASSERT_EQ(towupper(0x131), L'I');    // ı -> I
  ASSERT_EQ(towupper(0x1c5), 0x1c4);   // ǅ -> Ǆ
  ASSERT_EQ(towlower(0x1c5), 0x1c6);   // ǅ -> ǆ
  ASSERT_EQ(towupper(0x3c2), 0x3a3);   // final sigma
  ASSERT_EQ(towlower(0x3a3), 0x3c3);
  ASSERT_EQ(towlower(0x2126), 0x3c9);  // Ohm sign -> ω
  ASSERT_EQ(towupper(0x3c9), 0x3a9);
  ASSERT_EQ(towlower(0x1e9e), 0xdf);   // ẞ -> ß
  ASSERT_EQ(towupper(0x10428), 0x10400);  // Deseret
  ASSERT_EQ(towlower(0x1e921), 0x1e943);  // Adlam
  ASSERT_EQ(towupper(0x24d0), 0x24b6);    // circled letters
  ASSERT_EQ(towupper(0x2d00), 0x10a0);    // Georgian
  ASSERT_EQ(towupper(0x10d0), 0x1c90);    // Mkhedruli -> Mtavruli
  ASSERT_EQ(towlower(0x1c90), 0x10d0);
  ASSERT_EQ(towctrans(L'q', wctrans("toupper")), L'Q');
  ASSERT_EQ(towctrans(L'Q', wctrans("tolower")), L'q');
  ASSERT_EQ(wctrans("totitle"), 0);
  ASSERT_EQ(towctrans(L'q', 0), L'q');
  ASSERT_EQ(towupper_l(L'b', NULL), L'B');
  ASSERT_EQ(towlower_l(L'B', NULL), L'b');
  ASSERT_EQ(towctrans_l(L'b', wctrans_l("toupper", NULL), NULL), L'B');
}

// A mapping leads to a character of the other case whose reverse mapping
// usually leads back; the exceptions are the characters with several
// case variants (e.g. İ, ı, ſ, final sigma, the Ohm and Kelvin signs).
TEST(case_round_trips) {
  long irregular = 0;
  for (wint_t c = 0; c < 0x110000; ++c) {
    wint_t u = towupper(c), l = towlower(c);
    if (u != c) {
      ASSERT_TRUE(iswlower(c));
      ASSERT_TRUE(iswupper(u));
      if (towlower(u) != c)
        ++irregular;
    }
    if (l != c) {
      ASSERT_TRUE(iswupper(c));
      ASSERT_TRUE(iswlower(l));
      if (towupper(l) != c && towupper(l) != towupper(c))
        ++irregular;
    }
  }
  ASSERT_TRUE(irregular > 0 && irregular < 60);
  ASSERT_EQ(towlower(towupper(0x17f)), L's');  // ſ -> S -> s
}

TEST(wctype_names) {
  static const char *const names[] = {"alnum", "alpha", "blank", "cntrl",
                                      "digit", "graph", "lower", "print",
                                      "punct", "space", "upper", "xdigit"};
  for (size_t i = 0; i < 12; ++i) {
    wctype_t t = wctype(names[i]);
    ASSERT_NE(t, 0);
    ASSERT_EQ(wctype_l(names[i], NULL), t);
    for (size_t j = 0; j < i; ++j)
      ASSERT_NE(wctype(names[j]), t);
  }
  ASSERT_EQ(wctype(""), 0);
  ASSERT_EQ(wctype("ALPHA"), 0);
  ASSERT_EQ(wctype("alphabet"), 0);
  ASSERT_FALSE(iswctype(L'a', 0));
  ASSERT_TRUE(iswctype_l(L'a', wctype("lower"), NULL));
  ASSERT_TRUE(iswalpha_l(L'a', NULL) && iswdigit_l(L'0', NULL));
  ASSERT_TRUE(iswspace_l(L' ', NULL) && iswupper_l(L'A', NULL));
  ASSERT_TRUE(iswlower_l(L'a', NULL) && iswpunct_l(L'.', NULL));
  ASSERT_TRUE(iswprint_l(L'a', NULL) && iswgraph_l(L'a', NULL));
  ASSERT_TRUE(iswcntrl_l(1, NULL) && iswblank_l(L'\t', NULL));
  ASSERT_TRUE(iswxdigit_l(L'a', NULL) && iswalnum_l(L'a', NULL));
}
