#include <regex.h>

#include "regex_impl.h"

void regfree(regex_t *preg) {
  __regex_program_free(preg->__program);
  preg->__program = NULL;
}
