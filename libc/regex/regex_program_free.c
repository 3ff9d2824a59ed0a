// Releases a compiled program (regfree and failed compilations).
#include <stdlib.h>

#include "regex_impl.h"

void __regex_program_free(struct rx_program *prog) {
  if (prog == NULL)
    return;
  for (size_t i = 0; i < prog->nsets; i++) {
    free(prog->sets[i].ranges);
    free(prog->sets[i].classes);
  }
  free(prog->sets);
  free(prog->inst);
  free(prog);
}
