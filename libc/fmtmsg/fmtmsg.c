#include <fmtmsg.h>
#include <stdbool.h>
#include <stdio.h>

int fmtmsg(long classification, const char *label, int severity,
           const char *text, const char *action, const char *tag) {
  static const char *const severities[] = {
      [MM_HALT] = "HALT", [MM_ERROR] = "ERROR", [MM_WARNING] = "WARNING",
      [MM_INFO] = "INFO"};
  if (severity < 0)
    return MM_NOTOK;
  int result = MM_OK;
  if (classification & MM_PRINT) {
    char sevbuf[24];
    const char *sev = NULL;
    if (severity >= MM_HALT && severity <= MM_INFO)
      sev = severities[severity];
    else if (severity > MM_INFO) {
      snprintf(sevbuf, sizeof(sevbuf), "SEV=%d", severity);
      sev = sevbuf;
    }
    // First line: the present components of label, severity and text.
    const char *first[3] = {label, sev, text};
    bool any = false;
    int failed = 0;
    flockfile(stderr);
    for (int i = 0; i < 3; i++) {
      if (first[i] == NULL)
        continue;
      if (any && fputs(": ", stderr) < 0)
        failed = 1;
      if (fputs(first[i], stderr) < 0)
        failed = 1;
      any = true;
    }
    if (any && fputs("\n", stderr) < 0)
      failed = 1;
    if (action != NULL || tag != NULL) {
      if (action != NULL &&
          (fputs("TO FIX: ", stderr) < 0 || fputs(action, stderr) < 0))
        failed = 1;
      if (tag != NULL && ((action != NULL && fputs("  ", stderr) < 0) ||
                          fputs(tag, stderr) < 0))
        failed = 1;
      if (fputs("\n", stderr) < 0)
        failed = 1;
    }
    if (fflush(stderr) != 0)
      failed = 1;
    funlockfile(stderr);
    if (failed)
      result = MM_NOMSG;
  }
  if (classification & MM_CONSOLE)
    result = result == MM_NOMSG ? MM_NOTOK : MM_NOCON;
  return result;
}
