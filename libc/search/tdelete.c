#include <search.h>
#include <stdlib.h>

#include "tsearch_impl.h"

// Returns the parent of the removed node (or, when the root was removed,
// an unspecified non-null pointer: rootp), NULL if the key is absent.
void *tdelete(const void *restrict key, posix_tnode **restrict rootp,
              int (*compar)(const void *, const void *)) {
  if (rootp == NULL || *rootp == NULL)
    return NULL;
  posix_tnode **path[TSEARCH_MAX_DEPTH];
  size_t depth = 0;
  posix_tnode **link = rootp;
  for (;;) {
    if (*link == NULL)
      return NULL;
    int c = compar(key, (*link)->key);
    if (c == 0)
      break;
    path[depth++] = link;
    link = c < 0 ? &(*link)->__left : &(*link)->__right;
  }
  posix_tnode *node = *link;
  void *parent = depth > 0 ? (void *)*path[depth - 1] : (void *)rootp;
  if (node->__left != NULL && node->__right != NULL) {
    // Replace the node by its in-order successor, which moves up.
    path[depth++] = link;
    size_t node_index = depth;
    posix_tnode **s = &node->__right;
    while ((*s)->__left != NULL) {
      path[depth++] = s;
      s = &(*s)->__left;
    }
    posix_tnode *succ = *s;
    *s = succ->__right;
    succ->__left = node->__left;
    succ->__right = node->__right;
    *link = succ;
    // The path entry that pointed at node's right link now belongs to
    // succ.
    if (node_index < depth)
      path[node_index] = &succ->__right;
    parent = succ;
  } else {
    *link = node->__left != NULL ? node->__left : node->__right;
  }
  free(node);
  while (depth > 0) {
    posix_tnode **l = path[--depth];
    *l = tnode_rebalance(*l);
  }
  return parent;
}
