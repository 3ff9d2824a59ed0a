// <search.h>: search tables.
//
// Binary search trees (tsearch and friends) are AVL trees, so every
// operation is O(log n).  Hash tables are the re-entrant hcreate_r family:
// open addressing over string keys that grows as entries are added (which
// moves the entries: ENTRY pointers returned earlier are then stale).
//
// Omitted, and why:
//   hcreate, hdestroy, hsearch: one hidden process-wide table
//   (thread-unsafe); use hcreate_r, hdestroy_r and hsearch_r.
//
// Extensions: tdestroy; struct hsearch_data with hcreate_r, hdestroy_r and
// hsearch_r (as in glibc; they return nonzero on success).
#ifndef _SEARCH_H_
#define _SEARCH_H_

#include <_/types.h>

typedef struct entry {
  char *key;
  void *data;
} ENTRY;

typedef enum { FIND, ENTER } ACTION;

typedef enum { preorder, postorder, endorder, leaf } VISIT;

// A tree node; the key is the first member, so a node pointer can be used
// as a pointer to the key pointer, as traditional code does.
typedef struct __posix_tnode {
  void *key;
  struct __posix_tnode *__left, *__right;
  int __height;
} posix_tnode;

struct hsearch_data {
  struct __hsearch_slot *__slots;
  size_t __size;  // number of slots (a power of two, or 0)
  size_t __used;
};

_CLOUDLIBC_BEGIN

int hcreate_r(size_t, struct hsearch_data *);
void hdestroy_r(struct hsearch_data *);
int hsearch_r(ENTRY, ACTION, ENTRY **, struct hsearch_data *);
void insque(void *, void *);
void *lfind(const void *, const void *, size_t *, size_t,
            int (*)(const void *, const void *));
void *lsearch(const void *, void *, size_t *, size_t,
              int (*)(const void *, const void *));
void remque(void *);
void *tdelete(const void *_CLOUDLIBC_RESTRICT, posix_tnode **_CLOUDLIBC_RESTRICT,
              int (*)(const void *, const void *));
void tdestroy(posix_tnode *, void (*)(void *));
posix_tnode *tfind(const void *, posix_tnode *const *,
                   int (*)(const void *, const void *));
posix_tnode *tsearch(const void *, posix_tnode **,
                     int (*)(const void *, const void *));
void twalk(const posix_tnode *, void (*)(const posix_tnode *, VISIT, int));

_CLOUDLIBC_END

#endif
