#include <search.h>
#include <stdlib.h>

#include "tsearch_impl.h"

posix_tnode *tsearch(const void *key, posix_tnode **rootp,
                     int (*compar)(const void *, const void *)) {
  if (rootp == NULL)
    return NULL;
  posix_tnode **path[TSEARCH_MAX_DEPTH];
  size_t depth = 0;
  posix_tnode **link = rootp;
  while (*link != NULL) {
    int c = compar(key, (*link)->key);
    if (c == 0)
      return *link;
    path[depth++] = link;
    link = c < 0 ? &(*link)->__left : &(*link)->__right;
  }
  posix_tnode *node = malloc(sizeof(*node));
  if (node == NULL)
    return NULL;
  *node = (posix_tnode){.key = (void *)key, .__height = 1};
  *link = node;
  while (depth > 0) {
    posix_tnode **l = path[--depth];
    *l = tnode_rebalance(*l);
  }
  return node;
}
