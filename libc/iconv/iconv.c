#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "iconv_impl.h"
#include "unicode_utf8.h"

enum { DECODED, INCOMPLETE, INVALID };

static uint32_t load16(const unsigned char *p, bool big) {
  return big ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

static uint32_t load32(const unsigned char *p, bool big) {
  return big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
                   (uint32_t)p[2] << 8 | p[3]
             : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
                   (uint32_t)p[1] << 8 | p[0];
}

static void store16(unsigned char *p, uint32_t v, bool big) {
  p[big ? 0 : 1] = (unsigned char)(v >> 8);
  p[big ? 1 : 0] = (unsigned char)v;
}

static void store32(unsigned char *p, uint32_t v, bool big) {
  for (int i = 0; i < 4; i++)
    p[big ? i : 3 - i] = (unsigned char)(v >> (24 - 8 * i));
}

static bool valid_scalar(uint32_t c) {
  return c < 0x110000 && (c < 0xd800 || c > 0xdfff);
}

// Decodes one character from in[0..n); *used receives the bytes consumed
// (including a byte order mark), or on INVALID the length of the invalid
// sequence to skip.
static int decode(struct __iconv *cd, const unsigned char *in, size_t n,
                  uint32_t *c, size_t *used) {
  size_t bom = 0;
  switch (cd->from) {
    case ICONV_UTF8: {
      mbstate_t st = {0};
      int saved = errno;
      size_t r = utf8_decode(c, in, n, &st);
      errno = saved;
      if (r == UTF8_INCOMPLETE)
        return INCOMPLETE;
      if (r == UTF8_INVALID) {
        *used = 1;
        return INVALID;
      }
      *used = r;
      return DECODED;
    }
    case ICONV_LATIN1:
      *c = in[0];
      *used = 1;
      return DECODED;
    case ICONV_ASCII:
      *used = 1;
      if (in[0] >= 0x80)
        return INVALID;
      *c = in[0];
      return DECODED;
    case ICONV_UTF16:
    case ICONV_UTF16LE:
    case ICONV_UTF16BE:
    case ICONV_UCS2LE:
    case ICONV_UCS2BE: {
      bool big = cd->from == ICONV_UTF16BE || cd->from == ICONV_UCS2BE;
      if (cd->from == ICONV_UTF16) {
        if (cd->from_order == 0) {
          if (n < 2)
            return INCOMPLETE;
          if ((in[0] == 0xfe && in[1] == 0xff) || (in[0] == 0xff && in[1] == 0xfe)) {
            cd->from_order = in[0] == 0xfe ? 1 : 2;
            bom = 2;
          } else {
            cd->from_order = 1;
          }
        }
        big = cd->from_order == 1;
      }
      in += bom;
      n -= bom;
      if (n < 2)
        return INCOMPLETE;
      uint32_t u = load16(in, big);
      bool ucs2 = cd->from == ICONV_UCS2LE || cd->from == ICONV_UCS2BE;
      if (u >= 0xd800 && u <= 0xdfff) {
        *used = bom + 2;
        if (ucs2 || u >= 0xdc00)
          return INVALID;
        if (n < 4)
          return INCOMPLETE;
        uint32_t low = load16(in + 2, big);
        if (low < 0xdc00 || low > 0xdfff)
          return INVALID;
        *c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
        *used = bom + 4;
        return DECODED;
      }
      *c = u;
      *used = bom + 2;
      return DECODED;
    }
    case ICONV_UTF32:
    case ICONV_UTF32LE:
    case ICONV_UTF32BE:
    case ICONV_WCHAR: {
      bool big = cd->from == ICONV_UTF32BE;
      if (cd->from == ICONV_UTF32) {
        if (cd->from_order == 0) {
          if (n < 4)
            return INCOMPLETE;
          if (load32(in, true) == 0xfeff) {
            cd->from_order = 1;
            bom = 4;
          } else if (load32(in, false) == 0xfeff) {
            cd->from_order = 2;
            bom = 4;
          } else {
            cd->from_order = 1;
          }
        }
        big = cd->from_order == 1;
      }
      in += bom;
      n -= bom;
      if (n < 4)
        return INCOMPLETE;
      *c = load32(in, big);
      *used = bom + 4;
      return valid_scalar(*c) ? DECODED : INVALID;
    }
  }
  return INVALID;
}

// Encodes c into out[0..n): returns the length, 0 if c cannot be
// represented, or (size_t)-1 if there is no room.
static size_t encode(struct __iconv *cd, uint32_t c, unsigned char *out,
                     size_t n) {
  switch (cd->to) {
    case ICONV_UTF8: {
      size_t len = utf8_length(c);
      if (len > n)
        return (size_t)-1;
      return utf8_encode((char *)out, c);
    }
    case ICONV_LATIN1:
    case ICONV_ASCII:
      if (c >= (cd->to == ICONV_ASCII ? 0x80u : 0x100u))
        return 0;
      if (n < 1)
        return (size_t)-1;
      out[0] = (unsigned char)c;
      return 1;
    case ICONV_UTF16:
    case ICONV_UTF16LE:
    case ICONV_UTF16BE:
    case ICONV_UCS2LE:
    case ICONV_UCS2BE: {
      bool big = cd->to == ICONV_UTF16BE || cd->to == ICONV_UCS2BE;
      size_t bom = cd->to == ICONV_UTF16 && !cd->bom_written ? 2 : 0;
      bool ucs2 = cd->to == ICONV_UCS2LE || cd->to == ICONV_UCS2BE;
      if (c >= 0x10000 && ucs2)
        return 0;
      size_t len = bom + (c >= 0x10000 ? 4 : 2);
      if (len > n)
        return (size_t)-1;
      if (bom > 0) {
        store16(out, 0xfeff, big);
        cd->bom_written = true;
      }
      if (c >= 0x10000) {
        store16(out + bom, 0xd800 + ((c - 0x10000) >> 10), big);
        store16(out + bom + 2, 0xdc00 + ((c - 0x10000) & 0x3ff), big);
      } else {
        store16(out + bom, c, big);
      }
      return len;
    }
    case ICONV_UTF32:
    case ICONV_UTF32LE:
    case ICONV_UTF32BE:
    case ICONV_WCHAR: {
      bool big = cd->to == ICONV_UTF32BE;
      size_t bom = cd->to == ICONV_UTF32 && !cd->bom_written ? 4 : 0;
      if (bom + 4 > n)
        return (size_t)-1;
      if (bom > 0) {
        store32(out, 0xfeff, big);
        cd->bom_written = true;
      }
      store32(out + bom, c, big);
      return bom + 4;
    }
  }
  return 0;
}

// ASCII spellings of common characters for //TRANSLIT.
static const char *transliterate(uint32_t c) {
  switch (c) {
    case 0x00a0: return " ";
    case 0x00a9: return "(C)";
    case 0x00ab: return "<<";
    case 0x00ad: return "-";
    case 0x00ae: return "(R)";
    case 0x00b7: return ".";
    case 0x00bb: return ">>";
    case 0x00d7: return "x";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: return "-";
    case 0x2014: case 0x2015: return "--";
    case 0x2018: case 0x2019: case 0x201a: case 0x2032: return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x2033: return "\"";
    case 0x2022: return "o";
    case 0x2026: return "...";
    case 0x2039: return "<";
    case 0x203a: return ">";
    case 0x20ac: return "EUR";
    case 0x2122: return "TM";
    case 0x2190: return "<-";
    case 0x2192: return "->";
    case 0x2212: return "-";
  }
  return "?";
}

size_t iconv(iconv_t cd, char **restrict inbuf, size_t *restrict inbytesleft,
             char **restrict outbuf, size_t *restrict outbytesleft) {
  if (cd == (iconv_t)-1 || cd == NULL) {
    errno = EBADF;
    return (size_t)-1;
  }
  if (inbuf == NULL || *inbuf == NULL) {
    // Back to the initial state; no encoding here has shift sequences.
    cd->from_order = 0;
    cd->bom_written = false;
    return 0;
  }
  const unsigned char *in = (const unsigned char *)*inbuf;
  size_t inleft = *inbytesleft;
  unsigned char *out = outbuf != NULL ? (unsigned char *)*outbuf : NULL;
  size_t outleft = outbuf != NULL && outbytesleft != NULL ? *outbytesleft : 0;
  size_t irreversible = 0;
  bool skipped = false;
  int error = 0;
  while (inleft > 0) {
    uint32_t c;
    size_t used = 0;
    unsigned char saved_order = cd->from_order;
    int r = decode(cd, in, inleft, &c, &used);
    if (r == INCOMPLETE) {
      cd->from_order = saved_order;
      error = EINVAL;
      break;
    }
    if (r == INVALID) {
      if (cd->ignore) {
        in += used;
        inleft -= used;
        skipped = true;
        continue;
      }
      cd->from_order = saved_order;
      error = EILSEQ;
      break;
    }
    bool saved_bom = cd->bom_written;
    size_t w = encode(cd, c, out, outleft);
    if (w == 0) {
      // Not representable in the target.
      if (cd->translit) {
        const char *t = transliterate(c);
        size_t total = 0;
        bool room = true;
        for (const char *p = t; *p != '\0'; p++) {
          size_t k = encode(cd, (unsigned char)*p, out + total, outleft - total);
          if (k == (size_t)-1 || k == 0) {
            room = false;
            break;
          }
          total += k;
        }
        if (!room) {
          cd->bom_written = saved_bom;
          cd->from_order = saved_order;
          error = E2BIG;
          break;
        }
        w = total;
        irreversible++;
      } else if (cd->ignore) {
        in += used;
        inleft -= used;
        irreversible++;
        skipped = true;
        continue;
      } else {
        cd->from_order = saved_order;
        error = EILSEQ;
        break;
      }
    } else if (w == (size_t)-1) {
      cd->from_order = saved_order;
      error = E2BIG;
      break;
    }
    in += used;
    inleft -= used;
    out += w;
    outleft -= w;
  }
  *inbuf = (char *)in;
  *inbytesleft = inleft;
  if (outbuf != NULL && outbytesleft != NULL) {
    *outbuf = (char *)out;
    *outbytesleft = outleft;
  }
  if (error == 0 && skipped)
    error = EILSEQ;
  if (error != 0) {
    errno = error;
    return (size_t)-1;
  }
  return irreversible;
}
