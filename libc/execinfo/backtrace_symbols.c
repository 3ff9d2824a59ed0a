#include <execinfo.h>
#include <stdlib.h>
#include <string.h>

#include "execinfo_impl.h"

// One allocation holds the pointer array and the strings, so the caller
// frees the result with a single free().
char **backtrace_symbols(void *const *buffer, int size) {
  if (size < 0)
    size = 0;
  size_t n = (size_t)size;
  char **result = malloc(n * sizeof(char *) + n * EXECINFO_LINE_MAX + 1);
  if (result == NULL)
    return NULL;
  char *text = (char *)(result + n);
  for (size_t i = 0; i < n; i++) {
    result[i] = text;
    text += execinfo_format(text, buffer[i]) + 1;
  }
  return result;
}
