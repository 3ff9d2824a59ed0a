// Internal: how backtrace_symbols and backtrace_symbols_fd print one
// address ("0x<address> (+0x<offset from the load address>)").
#ifndef LIBC_INTERNAL_EXECINFO_IMPL_H
#define LIBC_INTERNAL_EXECINFO_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "startup.h"

#define EXECINFO_LINE_MAX 48

// Writes the text for addr into buf (EXECINFO_LINE_MAX bytes), without a
// newline; returns its length.
static inline size_t execinfo_format(char *buf, const void *addr) {
  static const char digits[] = "0123456789abcdef";
  uintptr_t a = (uintptr_t)addr;
  uintptr_t off = a - __startup.base;
  size_t n = 0;
  char tmp[16];
  size_t k;
  buf[n++] = '0';
  buf[n++] = 'x';
  k = 0;
  do {
    tmp[k++] = digits[a & 0xf];
    a >>= 4;
  } while (a != 0);
  while (k > 0)
    buf[n++] = tmp[--k];
  if (__startup.base != 0 && (uintptr_t)addr >= __startup.base) {
    buf[n++] = ' ';
    buf[n++] = '(';
    buf[n++] = '+';
    buf[n++] = '0';
    buf[n++] = 'x';
    k = 0;
    do {
      tmp[k++] = digits[off & 0xf];
      off >>= 4;
    } while (off != 0);
    while (k > 0)
      buf[n++] = tmp[--k];
    buf[n++] = ')';
  }
  buf[n] = '\0';
  return n;
}

#endif
