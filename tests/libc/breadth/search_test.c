#include <errno.h>
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static int cmp_int(const void *a, const void *b) {
  intptr_t x = (intptr_t)a, y = (intptr_t)b;
  return (x > y) - (x < y);
}

// Checks the AVL invariants and returns the height (-1 if broken).
static int check(const posix_tnode *n, intptr_t lo, intptr_t hi, size_t *count) {
  if (n == NULL)
    return 0;
  intptr_t k = (intptr_t)n->key;
  if (k <= lo || k >= hi)
    return -1;
  int l = check(n->__left, lo, k, count), r = check(n->__right, k, hi, count);
  if (l < 0 || r < 0 || l - r > 1 || r - l > 1)
    return -1;
  int h = 1 + (l > r ? l : r);
  if (h != n->__height)
    return -1;
  ++*count;
  return h;
}

static intptr_t walk_last;
static size_t walk_count;
static bool walk_sorted;
static int walk_max_depth;

static void visit(const posix_tnode *n, VISIT v, int depth) {
  if (depth > walk_max_depth)
    walk_max_depth = depth;
  if (v == postorder || v == leaf) {
    intptr_t k = (intptr_t)n->key;
    if (walk_count > 0 && k <= walk_last)
      walk_sorted = false;
    walk_last = k;
    walk_count++;
  }
}

static size_t freed;
static void count_free(void *key) {
  freed++;
}

TEST(tree_random) {
  posix_tnode *root = NULL;
  static bool present[4096];
  memset(present, 0, sizeof(present));
  uint64_t x = 12345;
  size_t n = 0;
  for (int i = 0; i < 20000; i++) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    intptr_t k = (intptr_t)(x >> 33) % 4096 + 1;
    if ((x >> 20) & 1) {
      posix_tnode *node = tsearch((void *)k, &root, cmp_int);
      ASSERT_TRUE(node != NULL);
      ASSERT_EQ((intptr_t)node->key, k);
      if (!present[k - 1]) {
        present[k - 1] = true;
        n++;
      }
    } else {
      void *r = tdelete((void *)k, &root, cmp_int);
      ASSERT_EQ(r != NULL, present[k - 1]);
      if (present[k - 1]) {
        present[k - 1] = false;
        n--;
      }
    }
    if (i % 1000 == 0) {
      size_t count = 0;
      ASSERT_TRUE(check(root, 0, 5000, &count) >= 0);
      ASSERT_EQ(count, n);
    }
  }
  size_t count = 0;
  int h = check(root, 0, 5000, &count);
  ASSERT_TRUE(h >= 0 && h <= 18);
  for (intptr_t k = 1; k <= 4096; k++) {
    posix_tnode *f = tfind((void *)k, &root, cmp_int);
    ASSERT_EQ(f != NULL, present[k - 1]);
  }
  walk_count = 0;
  walk_sorted = true;
  walk_max_depth = 0;
  twalk(root, visit);
  ASSERT_EQ(walk_count, n);
  ASSERT_TRUE(walk_sorted);
  ASSERT_EQ(walk_max_depth, h - 1);
  freed = 0;
  tdestroy(root, count_free);
  ASSERT_EQ(freed, n);
}

TEST(tree_basics) {
  posix_tnode *root = NULL;
  ASSERT_TRUE(tfind((void *)1, &root, cmp_int) == NULL);
  ASSERT_TRUE(tdelete((void *)1, &root, cmp_int) == NULL);
  posix_tnode *a = tsearch((void *)5, &root, cmp_int);
  ASSERT_TRUE(tsearch((void *)5, &root, cmp_int) == a);  // no duplicate
  // The node starts with the key pointer, as traditional code expects.
  ASSERT_EQ(*(intptr_t *)a, 5);
  // Sorted insertion stays balanced.
  for (intptr_t k = 6; k < 1030; k++)
    tsearch((void *)k, &root, cmp_int);
  size_t count = 0;
  ASSERT_EQ(check(root, 0, 2000, &count), 11);
  ASSERT_EQ(count, 1025);
  // Deleting the root returns non-null; deleting a leaf returns its parent.
  void *root_key = root->key;
  ASSERT_TRUE(tdelete(root_key, &root, cmp_int) != NULL);
  ASSERT_TRUE(tfind(root_key, &root, cmp_int) == NULL);
  tdestroy(root, NULL);
  ASSERT_TRUE(tsearch((void *)1, NULL, cmp_int) == NULL);
  twalk(NULL, visit);
}

static int cmp_char(const void *a, const void *b) {
  return *(const char *)a - *(const char *)b;
}

TEST(linear) {
  char table[8] = "abc";
  size_t n = 3;
  ASSERT_TRUE(lfind("b", table, &n, 1, cmp_char) == table + 1);
  ASSERT_TRUE(lfind("z", table, &n, 1, cmp_char) == NULL);
  ASSERT_TRUE(lsearch("c", table, &n, 1, cmp_char) == table + 2);
  ASSERT_EQ(n, 3);
  ASSERT_TRUE(lsearch("z", table, &n, 1, cmp_char) == table + 3);
  ASSERT_EQ(n, 4);
  ASSERT_EQ(table[3], 'z');
  size_t zero = 0;
  ASSERT_TRUE(lfind("a", table, &zero, 1, cmp_char) == NULL);
}

struct q {
  struct q *next, *prev;
  int v;
};

TEST(queues) {
  struct q a = {.v = 1}, b = {.v = 2}, c = {.v = 3};
  insque(&a, NULL);
  ASSERT_TRUE(a.next == NULL && a.prev == NULL);
  insque(&c, &a);
  insque(&b, &a);
  ASSERT_TRUE(a.next == &b && b.next == &c && c.next == NULL);
  ASSERT_TRUE(c.prev == &b && b.prev == &a);
  remque(&b);
  ASSERT_TRUE(a.next == &c && c.prev == &a);
  remque(&a);
  ASSERT_TRUE(c.prev == NULL);
  // Circular lists work too.
  struct q h = {.v = 0};
  h.next = h.prev = &h;
  insque(&a, &h);
  ASSERT_TRUE(h.next == &a && a.next == &h && h.prev == &a);
  remque(&a);
  ASSERT_TRUE(h.next == &h && h.prev == &h);
}

TEST(hash_tables) {
  struct hsearch_data t = {0};
  ENTRY *e;
  ASSERT_EQ(hcreate_r(4, &t), 1);
  static char keys[2000][8];
  for (int i = 0; i < 2000; i++) {
    snprintf(keys[i], sizeof(keys[i]), "k%d", i);
    ASSERT_EQ(hsearch_r((ENTRY){keys[i], (void *)(intptr_t)i}, ENTER, &e, &t), 1);
    ASSERT_TRUE(e->key == keys[i]);
  }
  for (int i = 0; i < 2000; i++) {
    char k[8];
    snprintf(k, sizeof(k), "k%d", i);
    ASSERT_EQ(hsearch_r((ENTRY){k, NULL}, FIND, &e, &t), 1);
    ASSERT_EQ((intptr_t)e->data, i);
  }
  // ENTER of an existing key returns the existing entry unchanged.
  ASSERT_EQ(hsearch_r((ENTRY){"k5", (void *)99}, ENTER, &e, &t), 1);
  ASSERT_EQ((intptr_t)e->data, 5);
  errno = 0;
  ASSERT_EQ(hsearch_r((ENTRY){"nope", NULL}, FIND, &e, &t), 0);
  ASSERT_EQ(errno, ESRCH);
  ASSERT_TRUE(e == NULL);
  hdestroy_r(&t);
  ASSERT_EQ(hsearch_r((ENTRY){"k1", NULL}, FIND, &e, &t), 0);
  ASSERT_EQ(errno, EINVAL);
}
