// Wide-character stream functions: orientation, UTF-8 encoding and
// decoding through files and memory streams, EILSEQ, ungetwc, fgetws,
// open_wmemstream.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "harness.h"

#define ASSERT_WCSEQ(a, b) ASSERT_EQ(wcscmp((a), (b)), 0)

// A read-only stream over the given bytes.
static FILE *bytes(const char *s) {
  static char store[8][256];
  static int next;
  char *b = store[next++ % 8];
  size_t n = strlen(s);
  memcpy(b, s, n);
  return fmemopen(b, n, "r");
}

TEST(orientation_wide_first) {
  char buf[64] = {0};
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fwide(f, 0), 0);
  ASSERT_EQ(fputwc(L'x', f), L'x');
  ASSERT_TRUE(fwide(f, 0) > 0);
  ASSERT_TRUE(fwide(f, -1) > 0);  // stays wide
  fclose(f);
  ASSERT_STREQ(buf, "x");
}

TEST(orientation_byte_first) {
  char buf[64] = {0};
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fputc('a', f), 'a');
  ASSERT_TRUE(fwide(f, 0) < 0);
  ASSERT_TRUE(fwide(f, 1) < 0);
  errno = 0;
  ASSERT_EQ(fputwc(L'b', f), WEOF);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(fwprintf(f, L"%d", 5), -1);
  fclose(f);
  ASSERT_STREQ(buf, "a");
}

TEST(orientation_by_fwide) {
  FILE *f = bytes("abc");
  ASSERT_TRUE(fwide(f, -5) < 0);
  ASSERT_EQ(fgetwc(f), WEOF);  // byte oriented: wide reads fail
  ASSERT_EQ(fgetc(f), 'a');
  fclose(f);
  f = bytes("abc");
  ASSERT_TRUE(fwide(f, 7) > 0);
  ASSERT_TRUE(fwide(f, 0) > 0);
  ASSERT_EQ(getwc(f), L'a');
  fclose(f);
}

TEST(fputwc_encodes_utf8) {
  char buf[64] = {0};
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  ASSERT_EQ(fputwc(L'A', f), L'A');
  ASSERT_EQ(putwc(0xe9, f), 0xe9);
  ASSERT_EQ(fputwc(0x20ac, f), 0x20ac);
  ASSERT_EQ(fputwc(0x1f600, f), 0x1f600);
  ASSERT_EQ(fputwc(0x7ff, f), 0x7ff);
  ASSERT_EQ(fputwc(0xffff, f), 0xffff);
  ASSERT_EQ(fputwc(0x10ffff, f), 0x10ffff);
  fclose(f);
  ASSERT_STREQ(buf, "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xdf\xbf\xef\xbf\xbf\xf4\x8f\xbf\xbf");
}

TEST(fputwc_rejects_noncharacters) {
  char buf[64] = {0};
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  errno = 0;
  ASSERT_EQ(fputwc(0xd800, f), WEOF);
  ASSERT_EQ(errno, EILSEQ);
  errno = 0;
  ASSERT_EQ(fputwc(0x110000, f), WEOF);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_EQ(fputws(L"ok", f), 0);
  wchar_t bad[] = {L'x', 0xdfff, 0};
  ASSERT_EQ(fputws(bad, f), -1);
  fclose(f);
  ASSERT_STREQ(buf, "okx");
}

TEST(fgetwc_decodes_utf8) {
  FILE *f = bytes("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z");
  ASSERT_EQ(fgetwc(f), L'a');
  ASSERT_EQ(fgetwc(f), 0xe9);
  ASSERT_EQ(getwc(f), 0x20ac);
  ASSERT_EQ(fgetwc_unlocked(f), 0x1f600);
  ASSERT_EQ(getwc_unlocked(f), L'z');
  ASSERT_EQ(fgetwc(f), WEOF);
  ASSERT_TRUE(feof(f));
  ASSERT_FALSE(ferror(f));
  fclose(f);
}

TEST(fgetwc_invalid_sequences) {
  static const char *const cases[] = {
      "\x80", "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xed\xa0\x80",
      "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff",
  };
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    FILE *f = bytes(cases[i]);
    errno = 0;
    ASSERT_EQ(fgetwc(f), WEOF);
    ASSERT_EQ(errno, EILSEQ);
    ASSERT_TRUE(ferror(f));
    fclose(f);
  }
}

TEST(fgetwc_truncated_and_restart) {
  FILE *f = bytes("\xe2\x82");  // cut short by the end of file
  errno = 0;
  ASSERT_EQ(fgetwc(f), WEOF);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_TRUE(ferror(f));
  fclose(f);
  // A lead byte interrupted by an ASCII byte: the ASCII byte stays.
  f = bytes("\xe2" "A");
  errno = 0;
  ASSERT_EQ(fgetwc(f), WEOF);
  ASSERT_EQ(errno, EILSEQ);
  clearerr(f);
  ASSERT_EQ(fgetwc(f), L'A');
  fclose(f);
}

TEST(ungetwc_pushes_back_a_character) {
  FILE *f = bytes("\xc3\xa9x");
  ASSERT_EQ(fgetwc(f), 0xe9);
  ASSERT_EQ(ungetwc(0x1f600, f), 0x1f600);
  ASSERT_EQ(fgetwc(f), 0x1f600);
  ASSERT_EQ(fgetwc(f), L'x');
  ASSERT_EQ(fgetwc(f), WEOF);
  ASSERT_TRUE(feof(f));
  ASSERT_EQ(ungetwc(0x20ac, f), 0x20ac);  // clears end of file
  ASSERT_FALSE(feof(f));
  ASSERT_EQ(fgetwc(f), 0x20ac);
  ASSERT_EQ(ungetwc(WEOF, f), WEOF);
  errno = 0;
  ASSERT_EQ(ungetwc(0xd800, f), WEOF);
  ASSERT_EQ(errno, EILSEQ);
  fclose(f);
}

TEST(ungetwc_on_file_start) {
  // No consumed bytes to reuse: the pushback area takes the character.
  FILE *f = bytes("q");
  ASSERT_EQ(ungetwc(0x10ffff, f), 0x10ffff);
  ASSERT_EQ(fgetwc(f), 0x10ffff);
  ASSERT_EQ(fgetwc(f), L'q');
  fclose(f);
}

TEST(fgetws_lines) {
  FILE *f = bytes("h\xc3\xa9llo\nw\xc3\xb6rld\nend");
  wchar_t b[32];
  ASSERT_TRUE(fgetws(b, 32, f) == b);
  ASSERT_WCSEQ(b, L"h\u00e9llo\n");
  ASSERT_TRUE(fgetws(b, 4, f) == b);  // three characters and the null
  ASSERT_WCSEQ(b, L"w\u00f6r");
  ASSERT_TRUE(fgetws(b, 32, f) == b);
  ASSERT_WCSEQ(b, L"ld\n");
  ASSERT_TRUE(fgetws(b, 32, f) == b);  // the last line has no newline
  ASSERT_WCSEQ(b, L"end");
  ASSERT_TRUE(fgetws(b, 32, f) == NULL);
  ASSERT_TRUE(fgetws(b, 1, f) == b);
  ASSERT_WCSEQ(b, L"");
  fclose(f);
}

TEST(fgetws_long_line_through_a_file) {
  int dir = test_tmpdir();
  FILE *f = fopenat(dir, "wide_long", "w+");
  ASSERT_TRUE(f != NULL);
  // 20000 characters of mixed lengths: more than the stream buffer, and
  // characters straddle buffer boundaries.
  static const wchar_t pattern[] = {L'a', 0xe9, 0x20ac, 0x1f600};
  for (int i = 0; i < 20000; i++)
    ASSERT_EQ(fputwc(pattern[i % 4], f), pattern[i % 4]);
  ASSERT_EQ(fputwc(L'\n', f), L'\n');
  ASSERT_EQ(fputws(L"tail", f), 0);
  ASSERT_EQ(ftell(f), 5000L * (1 + 2 + 3 + 4) + 1 + 4);
  rewind(f);
  static wchar_t line[30000];
  ASSERT_TRUE(fgetws(line, 30000, f) == line);
  ASSERT_EQ(wcslen(line), 20001);
  for (int i = 0; i < 20000; i++)
    ASSERT_EQ(line[i], pattern[i % 4]);
  ASSERT_EQ(line[20000], L'\n');
  ASSERT_TRUE(fgetws(line, 30000, f) == line);
  ASSERT_WCSEQ(line, L"tail");
  ASSERT_EQ(fgetwc(f), WEOF);
  ASSERT_TRUE(feof(f) && !ferror(f));
  fclose(f);
}

TEST(fgetws_encoding_error) {
  FILE *f = bytes("ab\xff" "cd\n");
  wchar_t b[16];
  errno = 0;
  ASSERT_TRUE(fgetws(b, 16, f) == NULL);
  ASSERT_EQ(errno, EILSEQ);
  ASSERT_TRUE(ferror(f));
  fclose(f);
}

TEST(unlocked_variants) {
  char buf[64] = {0};
  FILE *f = fmemopen(buf, sizeof(buf), "w");
  flockfile(f);
  ASSERT_EQ(fputwc_unlocked(0xe9, f), 0xe9);
  ASSERT_EQ(putwc_unlocked(L'-', f), L'-');
  ASSERT_EQ(fputws_unlocked(L"\u00fc!", f), 0);
  funlockfile(f);
  fclose(f);
  ASSERT_STREQ(buf, "\xc3\xa9-\xc3\xbc!");
  f = bytes("x\xc3\xbcy\n");
  wchar_t b[8];
  flockfile(f);
  ASSERT_EQ(fgetwc_unlocked(f), L'x');
  ASSERT_TRUE(fgetws_unlocked(b, 8, f) == b);
  funlockfile(f);
  ASSERT_WCSEQ(b, L"\u00fcy\n");
  fclose(f);
}

TEST(standard_streams_unbound) {
  // Without a granted descriptor the standard streams fail.
  ASSERT_EQ(putwchar(L'x'), WEOF);
  ASSERT_EQ(getwchar(), WEOF);
  ASSERT_EQ(wprintf(L"%d", 1), -1);
  int v;
  ASSERT_EQ(wscanf(L"%d", &v), EOF);
}

TEST(open_wmemstream_growth) {
  wchar_t *p = NULL;
  size_t n = 99;
  FILE *f = open_wmemstream(&p, &n);
  ASSERT_TRUE(f != NULL);
  ASSERT_TRUE(fwide(f, 0) > 0);
  ASSERT_TRUE(p != NULL);
  ASSERT_EQ(n, 0);
  ASSERT_WCSEQ(p, L"");
  for (int i = 0; i < 5000; i++)
    ASSERT_EQ(fputwc(i % 2 ? 0x1f600 : L'a' + i % 26, f), i % 2 ? 0x1f600 : L'a' + i % 26);
  ASSERT_EQ(fflush(f), 0);
  ASSERT_EQ(n, 5000);
  ASSERT_EQ(p[5000], L'\0');
  for (int i = 0; i < 5000; i++)
    ASSERT_EQ(p[i], i % 2 ? 0x1f600 : (wchar_t)(L'a' + i % 26));
  ASSERT_EQ(ftell(f), 5000);
  ASSERT_EQ(fwprintf(f, L"[%ls|%s|%5.1f]", L"\u00e9t\u00e9", "\xc3\xa9t\xc3\xa9", 2.25), 15);
  ASSERT_EQ(fclose(f), 0);
  ASSERT_EQ(n, 5015);
  ASSERT_WCSEQ(p + 5000, L"[\u00e9t\u00e9|\u00e9t\u00e9|  2.2]");
  free(p);
}

TEST(open_wmemstream_seek) {
  wchar_t *p;
  size_t n;
  FILE *f = open_wmemstream(&p, &n);
  ASSERT_EQ(fputws(L"h\u00e9llo w\u00f6rld", f), 0);
  ASSERT_EQ(fseek(f, 1, SEEK_SET), 0);
  ASSERT_EQ(fputws(L"\u20ac", f), 0);
  ASSERT_EQ(fflush(f), 0);
  ASSERT_EQ(n, 2);  // the position
  ASSERT_WCSEQ(p, L"h\u20acllo w\u00f6rld");
  ASSERT_EQ(fseek(f, 3, SEEK_END), 0);
  ASSERT_EQ(fputwc(L'!', f), L'!');
  ASSERT_EQ(fclose(f), 0);
  ASSERT_EQ(n, 15);
  ASSERT_EQ(wmemcmp(p, L"h\u20acllo w\u00f6rld\0\0\0!", 16), 0);
  free(p);
  errno = 0;
  ASSERT_TRUE(open_wmemstream(NULL, &n) == NULL);
  ASSERT_EQ(errno, EINVAL);
}

TEST(getwline_and_getwdelim) {
  FILE *f = bytes("\xc3\xa9t\xc3\xa9\nx;y\xe2\x82\xac;tail");
  wchar_t *line = NULL;
  size_t size = 0;
  ASSERT_EQ(getwline(&line, &size, f), 4);
  ASSERT_WCSEQ(line, L"\u00e9t\u00e9\n");
  ASSERT_TRUE(size >= 5);
  ASSERT_EQ(getwdelim(&line, &size, L';', f), 2);
  ASSERT_WCSEQ(line, L"x;");
  ASSERT_EQ(getwdelim(&line, &size, L';', f), 3);
  ASSERT_WCSEQ(line, L"y\u20ac;");
  ASSERT_EQ(getwline(&line, &size, f), 4);  // end of file ends the line
  ASSERT_WCSEQ(line, L"tail");
  ASSERT_EQ(getwline(&line, &size, f), -1);
  fclose(f);
  // A line longer than the growth steps.
  wchar_t *p;
  size_t n;
  FILE *w = open_wmemstream(&p, &n);
  for (int i = 0; i < 3000; i++)
    fputwc(0x4e00 + i, w);
  fclose(w);
  char *mb = malloc(4 * 3000 + 2);
  ASSERT_EQ(wcstombs(mb, p, 4 * 3000 + 1), 9000);
  f = fmemopen(mb, 9000, "r");
  ASSERT_EQ(getwline(&line, &size, f), 3000);
  ASSERT_EQ(wmemcmp(line, p, 3000), 0);
  ASSERT_EQ(line[3000], L'\0');
  fclose(f);
  // An encoding error fails the call.
  f = bytes("ab\xc3(\n");
  errno = 0;
  ASSERT_EQ(getwline(&line, &size, f), -1);
  ASSERT_EQ(errno, EILSEQ);
  errno = 0;
  ASSERT_EQ(getwline(NULL, &size, f), -1);
  ASSERT_EQ(errno, EINVAL);
  fclose(f);
  free(mb);
  free(p);
  free(line);
}
