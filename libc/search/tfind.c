#include <search.h>

posix_tnode *tfind(const void *key, posix_tnode *const *rootp,
                   int (*compar)(const void *, const void *)) {
  if (rootp == NULL)
    return NULL;
  posix_tnode *n = *rootp;
  while (n != NULL) {
    int c = compar(key, n->key);
    if (c == 0)
      return n;
    n = c < 0 ? n->__left : n->__right;
  }
  return NULL;
}
