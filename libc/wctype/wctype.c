#include <string.h>
#include <unicode_ctype.h>

// The class with the given name, or 0 if there is none.
wctype_t wctype(const char *name) {
  static const char names[][7] = {
      [WCTYPE_ALNUM] = "alnum", [WCTYPE_ALPHA] = "alpha",
      [WCTYPE_BLANK] = "blank", [WCTYPE_CNTRL] = "cntrl",
      [WCTYPE_DIGIT] = "digit", [WCTYPE_GRAPH] = "graph",
      [WCTYPE_LOWER] = "lower", [WCTYPE_PRINT] = "print",
      [WCTYPE_PUNCT] = "punct", [WCTYPE_SPACE] = "space",
      [WCTYPE_UPPER] = "upper", [WCTYPE_XDIGIT] = "xdigit",
  };
  for (wctype_t i = WCTYPE_ALNUM; i <= WCTYPE_XDIGIT; ++i)
    if (strcmp(name, names[i]) == 0)
      return i;
  return 0;
}
