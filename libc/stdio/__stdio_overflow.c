#include "stdio_impl.h"

int __stdio_overflow(FILE *f, int c) {
  unsigned char byte = (unsigned char)c;
  if (__stdio_to_write(f) != 0)
    return EOF;
  if (f->s.bufmode == _IONBF)
    return __stdio_write_all(f, &byte, 1) == 0 ? byte : EOF;
  if (f->s.wpos == f->s.wend && __stdio_drain(f) != 0)
    return EOF;
  *f->s.wpos++ = byte;
  if (f->s.bufmode == _IOLBF && byte == '\n' && __stdio_drain(f) != 0)
    return EOF;
  return byte;
}
