// <ctype.h> over every byte value and EOF in the C locale, and the string
// functions' results on generated inputs (strcmp sign, strspn, strstr...).
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "ref.h"

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  for (int c = -1; c < 256; c++) {
    ref_dec(c);
    int (*const fns[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                               islower, isprint, ispunct, isspace, isupper, isxdigit};
    ref_puts(" ");
    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
      ref_puts(fns[i](c) ? "1" : "0");
    ref_puts(" ");
    ref_dec(tolower(c));
    ref_puts(" ");
    ref_dec(toupper(c));
    ref_puts("\n");
  }
  char a[80], b[80];
  for (long k = 0; k < 50000 * scale; k++) {
    size_t na = ref_below(40), nb = ref_below(40);
    for (size_t i = 0; i < na; i++)
      a[i] = (char)(1 + ref_below(ref_below(2) ? 4 : 255));
    for (size_t i = 0; i < nb; i++)
      b[i] = (char)(1 + ref_below(ref_below(2) ? 4 : 255));
    a[na] = b[nb] = 0;
    if (ref_below(3) == 0)
      memcpy(b, a, na + 1);
    ref_quoted(a, na);
    ref_quoted(b, nb);
    int c = strcmp(a, b);
    ref_puts(c < 0 ? " < " : c > 0 ? " > " : " = ");
    c = strncmp(a, b, ref_below(10));
    ref_puts(c < 0 ? "<" : c > 0 ? ">" : "=");
    c = memcmp(a, b, na < nb ? na : nb);
    ref_puts(c < 0 ? "<" : c > 0 ? ">" : "=");
    ref_puts(" spn=");
    ref_dec((long long)strspn(a, b));
    ref_puts(" cspn=");
    ref_dec((long long)strcspn(a, b));
    const char *s = strstr(a, b + ref_below(nb + 1));
    ref_puts(" str=");
    ref_dec(s == NULL ? -1 : s - a);
    const char *p = strpbrk(a, b);
    ref_puts(" pbrk=");
    ref_dec(p == NULL ? -1 : p - a);
    const char *r = strrchr(a, b[0]);
    ref_puts(" rchr=");
    ref_dec(r == NULL ? -1 : r - a);
    ref_puts(" casecmp=");
    c = strcasecmp(a, b);
    ref_puts(c < 0 ? "<" : c > 0 ? ">" : "=");
    ref_puts("\n");
  }
  ref_flush();
  return 0;
}
