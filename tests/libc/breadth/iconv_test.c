#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "harness.h"

// Converts n bytes of in; returns iconv's result, the output in out and
// its length in *outlen, and errno in *err.
static size_t conv(const char *to, const char *from, const void *in, size_t n,
                   void *out, size_t outsize, size_t *outlen, int *err) {
  iconv_t cd = iconv_open(to, from);
  if (cd == (iconv_t)-1) {
    *err = -1;
    return (size_t)-2;
  }
  char *ip = (char *)in, *op = out;
  size_t il = n, ol = outsize;
  errno = 0;
  size_t r = iconv(cd, &ip, &il, &op, &ol);
  *err = errno;
  *outlen = outsize - ol;
  iconv_close(cd);
  return r;
}

TEST(utf8_to_others) {
  unsigned char out[64];
  size_t len;
  int err;
  const char *s = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";  // A é € 😀
  ASSERT_EQ(conv("UTF-16LE", "UTF-8", s, strlen(s), out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 10);
  ASSERT_MEMEQ(out, "A\0\xe9\0\xac\x20\x3d\xd8\x00\xde", 10);
  ASSERT_EQ(conv("UTF-16BE", "UTF-8", s, strlen(s), out, sizeof(out), &len, &err), 0);
  ASSERT_MEMEQ(out, "\0A\0\xe9\x20\xac\xd8\x3d\xde\x00", 10);
  ASSERT_EQ(conv("UTF-16", "UTF-8", "A", 1, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 4);
  ASSERT_MEMEQ(out, "\xff\xfe" "A\0", 4);
  ASSERT_EQ(conv("UTF-32BE", "UTF-8", s, strlen(s), out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 16);
  ASSERT_MEMEQ(out + 12, "\0\x01\xf6\x00", 4);
  ASSERT_EQ(conv("UCS-4", "UTF-8", "A", 1, out, sizeof(out), &len, &err), 0);
  ASSERT_MEMEQ(out, "\0\0\0A", 4);
  ASSERT_EQ(conv("wchar_t", "utf8", s, strlen(s), out, sizeof(out), &len, &err), 0);
  wchar_t w[4];
  memcpy(w, out, sizeof(w));
  ASSERT_EQ(w[1], 0xe9);
  ASSERT_EQ(w[3], 0x1f600);
  ASSERT_EQ(conv("ISO-8859-1", "UTF-8", "A\xc3\xa9", 3, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 2);
  ASSERT_MEMEQ(out, "A\xe9", 2);
}

TEST(others_to_utf8) {
  char out[64];
  size_t len;
  int err;
  ASSERT_EQ(conv("UTF-8", "LATIN1", "\xe9t\xe9", 3, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 5);
  ASSERT_MEMEQ(out, "\xc3\xa9t\xc3\xa9", 5);
  // UTF-16 with a big-endian mark, and without one (big endian).
  ASSERT_EQ(conv("UTF-8", "UTF-16", "\xfe\xff\0A", 4, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 1);
  ASSERT_EQ(out[0], 'A');
  ASSERT_EQ(conv("UTF-8", "UTF-16", "\xff\xfe" "A\0", 4, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(out[0], 'A');
  ASSERT_EQ(conv("UTF-8", "UTF-16", "\0A", 2, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(out[0], 'A');
  ASSERT_EQ(conv("UTF-8", "UTF-32", "\xff\xfe\0\0" "B\0\0\0", 8, out, sizeof(out), &len, &err), 0);
  ASSERT_EQ(len, 1);
  ASSERT_EQ(out[0], 'B');
  ASSERT_EQ(conv("UTF-8", "UTF-16LE", "\x3d\xd8\x00\xde", 4, out, sizeof(out), &len, &err), 0);
  ASSERT_MEMEQ(out, "\xf0\x9f\x98\x80", 4);
  ASSERT_EQ(conv("UTF-8", "US-ASCII", "hi", 2, out, sizeof(out), &len, &err), 0);
  ASSERT_MEMEQ(out, "hi", 2);
}

TEST(errors) {
  char out[64];
  size_t len;
  int err;
  ASSERT_TRUE(iconv_open("EBCDIC", "UTF-8") == (iconv_t)-1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_TRUE(iconv_open("UTF-8//BOGUS", "UTF-8") == (iconv_t)-1);
  // Invalid input: stops at the bad byte.
  ASSERT_EQ(conv("UTF-16LE", "UTF-8", "ab\xff" "c", 4, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EILSEQ);
  ASSERT_EQ(len, 4);
  // Not representable in the target.
  ASSERT_EQ(conv("ASCII", "UTF-8", "a\xc3\xa9", 3, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EILSEQ);
  ASSERT_EQ(len, 1);
  ASSERT_EQ(conv("UCS-2", "UTF-8", "\xf0\x9f\x98\x80", 4, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EILSEQ);
  // Lone surrogates are invalid input.
  ASSERT_EQ(conv("UTF-8", "UTF-16LE", "\x00\xdc", 2, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EILSEQ);
  ASSERT_EQ(conv("UTF-8", "UTF-32LE", "\x00\xd8\0\0", 4, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EILSEQ);
  // Incomplete input at the end.
  ASSERT_EQ(conv("UTF-16LE", "UTF-8", "a\xe2\x82", 3, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EINVAL);
  ASSERT_EQ(len, 2);
  ASSERT_EQ(conv("UTF-8", "UTF-16LE", "\x3d\xd8", 2, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EINVAL);
  // Output too small.
  ASSERT_EQ(conv("UTF-32LE", "UTF-8", "abc", 3, out, 9, &len, &err), (size_t)-1);
  ASSERT_EQ(err, E2BIG);
  ASSERT_EQ(len, 8);
}

TEST(translit_and_ignore) {
  char out[64];
  size_t len;
  int err;
  const char *s = "\xe2\x80\x9cq\xe2\x80\x9d \xe2\x80\x94 caf\xc3\xa9 \xe2\x82\xac";
  ASSERT_EQ(conv("ASCII//TRANSLIT", "UTF-8", s, strlen(s), out, sizeof(out), &len, &err), 5);
  ASSERT_MEMEQ(out, "\"q\" -- caf? EUR", 15);
  ASSERT_EQ(len, 15);
  ASSERT_EQ(conv("ISO-8859-1//TRANSLIT", "UTF-8", s, strlen(s), out, sizeof(out), &len, &err), 4);
  ASSERT_MEMEQ(out, "\"q\" -- caf\xe9 EUR", 15);
  // //IGNORE drops what cannot be converted, then reports EILSEQ.
  ASSERT_EQ(conv("ASCII//IGNORE", "UTF-8", "a\xc3\xa9" "b\xff" "c", 6, out, sizeof(out), &len, &err), (size_t)-1);
  ASSERT_EQ(err, EILSEQ);
  ASSERT_EQ(len, 3);
  ASSERT_MEMEQ(out, "abc", 3);
}

TEST(resumable) {
  // Feed UTF-8 one byte at a time: EINVAL until a character completes.
  iconv_t cd = iconv_open("UTF-16BE", "UTF-8");
  ASSERT_TRUE(cd != (iconv_t)-1);
  const char *s = "\xe2\x82\xac!";
  char out[8];
  char *op = out;
  size_t ol = sizeof(out);
  size_t avail = 0;
  const char *ip = s;
  while (ip < s + 4) {
    avail++;
    char *p = (char *)ip;
    size_t il = (size_t)(s + avail - ip);
    errno = 0;
    size_t r = iconv(cd, &p, &il, &op, &ol);
    if (r == (size_t)-1)
      ASSERT_EQ(errno, EINVAL);
    ip = p;
  }
  ASSERT_EQ(sizeof(out) - ol, 4);
  ASSERT_MEMEQ(out, "\x20\xac\0!", 4);
  // Reset, then a UTF-16 byte order mark is written again.
  iconv_close(cd);
  cd = iconv_open("UTF-16", "UTF-8");
  char *p = (char *)"a";
  size_t il = 1;
  op = out;
  ol = sizeof(out);
  ASSERT_EQ(iconv(cd, &p, &il, &op, &ol), 0);
  ASSERT_EQ(iconv(cd, NULL, NULL, NULL, NULL), 0);
  p = (char *)"b";
  il = 1;
  ASSERT_EQ(iconv(cd, &p, &il, &op, &ol), 0);
  ASSERT_EQ(sizeof(out) - ol, 8);
  ASSERT_MEMEQ(out + 4, "\xff\xfe" "b\0", 4);
  ASSERT_EQ(iconv_close(cd), 0);
  ASSERT_EQ(iconv_close((iconv_t)-1), -1);
  ASSERT_EQ(errno, EBADF);
}
