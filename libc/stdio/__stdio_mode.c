#include "stdio_impl.h"

int __stdio_mode(const char *mode) {
  int flags;
  switch (*mode++) {
    case 'r': flags = F_NOWR; break;
    case 'w': flags = F_NORD | MODE_CREAT | MODE_TRUNC; break;
    case 'a': flags = F_NORD | F_APPEND | MODE_CREAT; break;
    default: return -1;
  }
  for (; *mode != '\0'; mode++) {
    switch (*mode) {
      case '+': flags &= ~(F_NORD | F_NOWR); break;
      case 'x': flags |= MODE_EXCL; break;
      default:
        // 'b': no distinction between text and binary; 'e': descriptors
        // are never inherited implicitly.  Like other C libraries, other
        // letters ("t", ",ccs=...") are ignored.
        break;
    }
  }
  if (!(flags & MODE_CREAT))
    flags &= ~MODE_EXCL;
  return flags;
}
