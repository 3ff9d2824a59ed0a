#include <stdint.h>

#include "stdio_impl.h"

// A pointer into one object's own arrays (ungetbuf, tinybuf) must follow
// the state to the other object.
static unsigned char *relocate(unsigned char *p, FILE *from, FILE *to) {
  uintptr_t a = (uintptr_t)p, lo = (uintptr_t)&from->s, hi = lo + sizeof(from->s);
  if (a >= lo && a <= hi)
    return (unsigned char *)to + (a - (uintptr_t)from);
  return p;
}

static void fix(FILE *to, FILE *from) {
  struct stdio_state *s = &to->s;
  unsigned char **ptrs[] = {&s->rpos, &s->rend, &s->wpos, &s->wend,
                            &s->buf,  &s->saved_rpos, &s->saved_rend};
  for (size_t i = 0; i < sizeof(ptrs) / sizeof(ptrs[0]); i++)
    if (*ptrs[i] != NULL)
      *ptrs[i] = relocate(*ptrs[i], from, to);
}

void fswap(FILE *a, FILE *b) {
  if (a == b)
    return;
  // A fixed locking order keeps two concurrent swaps from deadlocking.
  FILE *first = (uintptr_t)a < (uintptr_t)b ? a : b;
  FILE *second = first == a ? b : a;
  __stdio_lock(first);
  __stdio_lock(second);
  struct stdio_state t = a->s;
  a->s = b->s;
  b->s = t;
  fix(a, b);
  fix(b, a);
  __stdio_unlock(second);
  __stdio_unlock(first);
}
