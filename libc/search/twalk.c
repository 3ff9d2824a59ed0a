#include <search.h>

#include "tsearch_impl.h"

void twalk(const posix_tnode *root,
           void (*action)(const posix_tnode *, VISIT, int)) {
  // Iterative, with an explicit stack of the nodes above the current one.
  const posix_tnode *stack[TSEARCH_MAX_DEPTH];
  unsigned char state[TSEARCH_MAX_DEPTH];
  int depth = 0;
  if (root == NULL)
    return;
  stack[0] = root;
  state[0] = 0;
  while (depth >= 0) {
    const posix_tnode *n = stack[depth];
    if (n->__left == NULL && n->__right == NULL) {
      action(n, leaf, depth);
      depth--;
      continue;
    }
    switch (state[depth]++) {
      case 0:
        action(n, preorder, depth);
        if (n->__left != NULL) {
          stack[depth + 1] = n->__left;
          state[++depth] = 0;
        }
        break;
      case 1:
        action(n, postorder, depth);
        if (n->__right != NULL) {
          stack[depth + 1] = n->__right;
          state[++depth] = 0;
        }
        break;
      default:
        action(n, endorder, depth);
        depth--;
        break;
    }
  }
}
