// Internal: AVL balancing for tsearch and tdelete.  Each node stores the
// height of its subtree; after an insertion or removal the nodes on the
// path back to the root are rebalanced with at most two rotations each.
#ifndef LIBC_INTERNAL_TSEARCH_IMPL_H
#define LIBC_INTERNAL_TSEARCH_IMPL_H

#include <search.h>

// Deep enough for any AVL tree that fits in memory (height < 1.44 log2 n).
#define TSEARCH_MAX_DEPTH 96

static inline int tnode_height(const posix_tnode *n) {
  return n != NULL ? n->__height : 0;
}

static inline void tnode_update(posix_tnode *n) {
  int l = tnode_height(n->__left), r = tnode_height(n->__right);
  n->__height = 1 + (l > r ? l : r);
}

static inline posix_tnode *tnode_rotate_left(posix_tnode *n) {
  posix_tnode *r = n->__right;
  n->__right = r->__left;
  r->__left = n;
  tnode_update(n);
  tnode_update(r);
  return r;
}

static inline posix_tnode *tnode_rotate_right(posix_tnode *n) {
  posix_tnode *l = n->__left;
  n->__left = l->__right;
  l->__right = n;
  tnode_update(n);
  tnode_update(l);
  return l;
}

// Restores the AVL property at n, whose subtrees are balanced and differ
// in height by at most two; returns the new root of the subtree.
static inline posix_tnode *tnode_rebalance(posix_tnode *n) {
  tnode_update(n);
  int diff = tnode_height(n->__left) - tnode_height(n->__right);
  if (diff > 1) {
    if (tnode_height(n->__left->__left) < tnode_height(n->__left->__right))
      n->__left = tnode_rotate_left(n->__left);
    return tnode_rotate_right(n);
  }
  if (diff < -1) {
    if (tnode_height(n->__right->__right) < tnode_height(n->__right->__left))
      n->__right = tnode_rotate_right(n->__right);
    return tnode_rotate_left(n);
  }
  return n;
}

#endif
