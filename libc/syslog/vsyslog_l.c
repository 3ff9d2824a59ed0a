#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "syslog_impl.h"

void vsyslog_l(int priority, locale_t locale, const char *format, va_list ap) {
  int saved = errno;
  int mask = atomic_load(&__syslog_mask);
  if (mask != 0 && !(LOG_MASK(priority & 7) & mask))
    return;
  // Replace %m by the message for errno (doubling any '%' in it).
  const char *msg = strerror(saved);
  size_t extra = 0;
  for (const char *p = format; *p != '\0'; p++)
    if (p[0] == '%' && p[1] == 'm')
      extra += 2 * strlen(msg);
  char *fmt = malloc(strlen(format) + extra + 1);
  if (fmt == NULL)
    return;
  char *o = fmt;
  for (const char *p = format; *p != '\0'; p++) {
    if (p[0] == '%' && p[1] == '%') {
      *o++ = *p++;
      *o++ = *p;
    } else if (p[0] == '%' && p[1] == 'm') {
      for (const char *m = msg; *m != '\0'; m++) {
        if (*m == '%')
          *o++ = '%';
        *o++ = *m;
      }
      p++;
    } else {
      *o++ = *p;
    }
  }
  *o = '\0';
  char *line = NULL;
  if (vasprintf(&line, fmt, ap) >= 0) {
    size_t n = strlen(line);
    if (n > 0 && line[n - 1] == '\n')
      line[n - 1] = '\0';
    const char *ident = atomic_load(&__syslog_ident);
    flockfile(stderr);
    if (ident != NULL) {
      fputs(ident, stderr);
      fputs(": ", stderr);
    }
    fputs(line, stderr);
    fputc('\n', stderr);
    funlockfile(stderr);
    free(line);
  }
  free(fmt);
  errno = saved;
}
