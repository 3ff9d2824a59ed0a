#include <execinfo.h>
#include <unistd.h>

#include "execinfo_impl.h"

// Allocates nothing, so it may be used when memory is exhausted.
void backtrace_symbols_fd(void *const *buffer, int size, int fd) {
  for (int i = 0; i < size; i++) {
    char line[EXECINFO_LINE_MAX + 1];
    size_t n = execinfo_format(line, buffer[i]);
    line[n++] = '\n';
    const char *p = line;
    while (n > 0) {
      ssize_t w = write(fd, p, n);
      if (w <= 0)
        return;
      p += w;
      n -= (size_t)w;
    }
  }
}
