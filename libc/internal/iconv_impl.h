// Internal: conversion descriptors of <iconv.h>.
#ifndef LIBC_INTERNAL_ICONV_IMPL_H
#define LIBC_INTERNAL_ICONV_IMPL_H

#include <iconv.h>
#include <stdbool.h>

enum iconv_encoding {
  ICONV_UTF8,
  ICONV_UTF16,     // byte order mark, then the detected or chosen order
  ICONV_UTF16LE,
  ICONV_UTF16BE,
  ICONV_UTF32,
  ICONV_UTF32LE,
  ICONV_UTF32BE,
  ICONV_UCS2LE,
  ICONV_UCS2BE,
  ICONV_LATIN1,
  ICONV_ASCII,
  ICONV_WCHAR,     // UTF-32 in native (little endian) order
};

struct __iconv {
  enum iconv_encoding from, to;
  bool translit, ignore;
  // Decoding UTF-16/UTF-32: 0 until the byte order is known, then 1 for
  // big and 2 for little endian.
  unsigned char from_order;
  // Encoding UTF-16/UTF-32: whether the byte order mark was written.
  bool bom_written;
};

#endif
