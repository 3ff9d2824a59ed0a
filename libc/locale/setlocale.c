#include <locale_impl.h>
#include <string.h>

// The process-wide locale.  Queries (name == NULL) answer "C" or "C.UTF-8"
// for a category; LC_ALL answers a single name when all categories agree,
// else a composite string that setlocale(LC_ALL, ...) accepts back.
char *setlocale(int category, const char *name) {
  static char composite[LOCALE_CATEGORIES * sizeof("LC_MESSAGES=C.UTF-8;")];
  if (category < 0 || category > LC_ALL)
    return NULL;
  int mask = category == LC_ALL ? LC_ALL_MASK : 1 << category;
  locale_t global = __locale_global;
  if (name != NULL) {
    unsigned int bits = global->utf8;
    if (!__locale_parse(name, mask, &bits))
      return NULL;
    global = locale_from_bits(bits);
    __locale_global = global;
  }
  if (category != LC_ALL)
    return (char *)locale_category_name(global, category);
  if (global->utf8 == 0)
    return (char *)"C";
  if (global->utf8 == LC_ALL_MASK)
    return (char *)"C.UTF-8";
  char *p = composite;
  for (int c = 0; c < LOCALE_CATEGORIES; ++c) {
    if (c > 0)
      *p++ = ';';
    size_t n = strlen(__locale_category_names[c]);
    memcpy(p, __locale_category_names[c], n);
    p += n;
    *p++ = '=';
    const char *v = locale_category_name(global, c);
    n = strlen(v);
    memcpy(p, v, n);
    p += n;
  }
  *p = '\0';
  return composite;
}
