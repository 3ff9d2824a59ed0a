#include <signal.h>
#include <stdio.h>
#include <string.h>

// "message: description" on standard error, or just the description.
void psignal(int sig, const char *message) {
  flockfile(stderr);
  if (message != NULL && *message != '\0') {
    fputs(message, stderr);
    fputs(": ", stderr);
  }
  fputs(strsignal(sig), stderr);
  fputc('\n', stderr);
  funlockfile(stderr);
}
