#include <regex.h>
#include <string.h>

size_t regerror(int errcode, const regex_t *restrict preg,
                char *restrict errbuf, size_t errbuf_size) {
  static const char *const messages[] = {
      [0] = "Success",
      [REG_NOMATCH] = "No match",
      [REG_BADPAT] = "Invalid regular expression",
      [REG_ECOLLATE] = "Invalid collating element",
      [REG_ECTYPE] = "Invalid character class name",
      [REG_EESCAPE] = "Trailing backslash",
      [REG_ESUBREG] = "Invalid back reference",
      [REG_EBRACK] = "Unmatched [ or [^",
      [REG_EPAREN] = "Unmatched ( or \\(",
      [REG_EBRACE] = "Unmatched \\{",
      [REG_BADBR] = "Invalid content of \\{\\}",
      [REG_ERANGE] = "Invalid range end",
      [REG_ESPACE] = "Memory exhausted",
      [REG_BADRPT] = "Invalid preceding regular expression",
  };
  const char *msg = errcode >= 0 &&
                            (size_t)errcode < sizeof(messages) / sizeof(messages[0])
                        ? messages[errcode]
                        : "Unknown error";
  size_t len = strlen(msg);
  if (errbuf_size > 0) {
    size_t n = len < errbuf_size - 1 ? len : errbuf_size - 1;
    memcpy(errbuf, msg, n);
    errbuf[n] = '\0';
  }
  return len + 1;
}
