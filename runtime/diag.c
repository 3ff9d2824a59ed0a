#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *diag_subject;

void diag_set_subject(const char *subject) { diag_subject = subject; }

void launch_fail(const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof(msg), fmt, ap);
  va_end(ap);
  // A message must stay on one line whatever a path or a parser put in it.
  for (char *p = msg; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r')
      *p = ' ';
  if (diag_subject != NULL)
    fprintf(stderr, "cloudabi-run: %s: %s\n", diag_subject, msg);
  else
    fprintf(stderr, "cloudabi-run: %s\n", msg);
  fflush(stderr);
  _exit(LAUNCHER_FAILURE);
}
