#include <search.h>
#include <stdlib.h>

void tdestroy(posix_tnode *root, void (*free_node)(void *)) {
  // Flatten by rotating left subtrees up, so no stack is needed.
  while (root != NULL) {
    if (root->__left != NULL) {
      posix_tnode *l = root->__left;
      root->__left = l->__right;
      l->__right = root;
      root = l;
    } else {
      posix_tnode *next = root->__right;
      if (free_node != NULL)
        free_node(root->key);
      free(root);
      root = next;
    }
  }
}
