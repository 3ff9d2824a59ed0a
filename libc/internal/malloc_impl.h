// Internal: the allocator's data structures and hot paths.
//
// Layout of the heap:
//
// * Small requests (up to MALLOC_SMALL_MAX bytes) are rounded up to one of
//   MALLOC_NCLASSES size classes: multiples of 16 up to 128, then four
//   classes per power of two.  Objects of one class are carved from spans:
//   64 KiB to 4 MiB of memory aligned to a 64 KiB granule, holding nslots
//   slots at base + i * size with a header (struct malloc_span) in the last
//   bytes.  Because the slots start at the aligned base, every class whose
//   size is a multiple of some power of two A <= 64 KiB returns A-aligned
//   slots, which is how posix_memalign serves small aligned requests.
//
// * Larger requests get a mapping of their own (struct malloc_large at its
//   start, the object 64 bytes or one alignment further on).  Recently freed
//   mappings are kept in a small cache so that repeated large allocations do
//   not each cost a system call and fresh page faults.
//
// * A two-level radix map from 64 KiB granules of the address space to the
//   span or large header owning them lets free() tell heap pointers from
//   anything else: every granule of a live span, and the granule holding the
//   object of each large allocation, has a non-zero entry.
//
// * Each thread caches free objects per class in singly linked lists of
//   bounded length (no locking).  A list that runs empty is refilled with a
//   batch from the class's central cache; a list that overflows hands a batch
//   back.  The central cache (one lock per class) keeps a bounded number of
//   whole batches for other threads, and otherwise returns objects to their
//   spans, recording them in the span's free bitmap.  A span whose every slot
//   is free goes back to the span cache, and from there to the system.
//
// Error detection: a free object carries (its address ^ a random secret) in
// its second word, and allocation checks and clears it, so freeing an object
// that is already free in any cache is caught with one compare, and so is
// allocating one whose marker was overwritten after it was freed.  The span bitmap
// catches a second return of an object to its span.  free() also checks that
// a pointer is the start of a slot (one multiply: see __malloc_slot_index)
// or the object of a live large allocation.  Detected errors abort().
#ifndef LIBC_INTERNAL_MALLOC_IMPL_H
#define LIBC_INTERNAL_MALLOC_IMPL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "malloc_lock.h"
#include "malloc_os.h"

// Size classes.
#define MALLOC_NCLASSES 48
#define MALLOC_SMALL_MAX ((size_t)131072)
#define MALLOC_ALIGNMENT ((size_t)16)  // alignof(max_align_t)

struct malloc_class {
  uint32_t size;       // bytes per slot
  uint32_t inverse;    // inverse of (size >> shift) modulo 2^32
  uint16_t nslots;     // slots per span
  uint16_t header;     // bytes of struct malloc_span at the end of the span
  uint8_t shift;       // trailing zero bits of size
  uint8_t span_shift;  // log2 of the span's length
  uint8_t batch;       // objects moved between thread and central caches
  uint8_t transfer;    // whole batches the central cache keeps
};

extern const struct malloc_class __malloc_classes[MALLOC_NCLASSES];

// Smallest class holding n bytes, for n <= MALLOC_SMALL_MAX.  malloc(0)
// gets a 16-byte slot of its own.
static inline unsigned __malloc_class_of(size_t n) {
  if (n <= 128)
    return (unsigned)((n - (n != 0)) >> 4);
  // 2^l < n <= 2^(l+1): four classes of 2^(l-2) bytes each.
  unsigned l = 63 - (unsigned)__builtin_clzll((unsigned long long)(n - 1));
  return 8 + (l - 7) * 4 + (unsigned)(((n - 1) >> (l - 2)) & 3);
}

// The address space is covered by 64 KiB granules.  Spans and large
// mappings never share a granule they are registered in.
#define MALLOC_GRANULE_SHIFT 16
#define MALLOC_GRANULE ((size_t)1 << MALLOC_GRANULE_SHIFT)
#define MALLOC_ADDRESS_BITS 47  // user addresses on x86_64
#define MALLOC_MAP_LEAF_BITS 16
#define MALLOC_MAP_ROOT_BITS \
  (MALLOC_ADDRESS_BITS - MALLOC_GRANULE_SHIFT - MALLOC_MAP_LEAF_BITS)

// A map entry is the owner's address with a tag in its low six bits:
//   0                   no allocation in this granule
//   1 ... NCLASSES      a span of class tag - 1; address = span base
//   MALLOC_TAG_LARGE    a large allocation; address = its header
#define MALLOC_TAG_MASK ((uintptr_t)63)
#define MALLOC_TAG_LARGE ((uintptr_t)63)

extern _Atomic(atomic_uintptr_t *) __malloc_map_root[1 << MALLOC_MAP_ROOT_BITS];

static inline uintptr_t __malloc_map_lookup(const void *p) {
  uintptr_t a = (uintptr_t)p;
  if (a >> MALLOC_ADDRESS_BITS)
    return 0;
  atomic_uintptr_t *leaf = atomic_load_explicit(
      &__malloc_map_root[a >> (MALLOC_GRANULE_SHIFT + MALLOC_MAP_LEAF_BITS)],
      memory_order_acquire);
  if (leaf == NULL)
    return 0;
  return atomic_load_explicit(
      &leaf[(a >> MALLOC_GRANULE_SHIFT) & ((1 << MALLOC_MAP_LEAF_BITS) - 1)],
      memory_order_relaxed);
}

// Sets the entries of all granules overlapping [addr, addr + len).  Returns
// false if a map leaf could not be allocated.
bool __malloc_map_set(uintptr_t addr, size_t len, uintptr_t entry);
void __malloc_map_clear(uintptr_t addr, size_t len);

// Header of a span, in its last cl->header bytes.
struct malloc_span {
  struct malloc_span *next;  // central list of spans with free slots
  struct malloc_span *prev;
  uint32_t nfree;            // slots not handed out to any cache or caller
  uint32_t scan;             // bitmap words below this one are all zero
  uint64_t free_bits[];      // bit i set: slot i is free
};

static inline struct malloc_span *__malloc_span_header(uintptr_t base,
                                                       unsigned c) {
  const struct malloc_class *cl = &__malloc_classes[c];
  return (struct malloc_span *)(base + ((size_t)1 << cl->span_shift) -
                                cl->header);
}

// Index of the slot starting at byte offset off of a span of class c, or a
// number >= nslots if off is not the start of a slot.  With size = odd << k,
// off is a multiple of size exactly when rotating (off * odd^-1) right by k
// gives a value below 2^32 / size; that value is then off / size.
static inline uint32_t __malloc_slot_index(unsigned c, uint32_t off) {
  const struct malloc_class *cl = &__malloc_classes[c];
  uint32_t x = off * cl->inverse;
  return (x >> cl->shift) | (x << ((32 - cl->shift) & 31));
}

// A free object, as kept in the caches.
struct malloc_free {
  struct malloc_free *next;
  uintptr_t key;  // __malloc_free_key(object) while free, 0 when handed out
};

extern atomic_uintptr_t __malloc_secret;

static inline uintptr_t __malloc_free_key(const void *p) {
  return atomic_load_explicit(&__malloc_secret, memory_order_relaxed) ^
         (uintptr_t)p;
}

// Thread caches.  A bin is refilled and flushed by whole batches; it holds
// at most 2 * batch objects.  After __malloc_thread_exit() the bins' counts
// are pinned at MALLOC_BIN_CLOSED so every free takes the slow path.
struct malloc_bin {
  struct malloc_free *head;
  uint32_t count;
};
#define MALLOC_BIN_CLOSED UINT32_MAX

struct malloc_tcache {
  struct malloc_bin bins[MALLOC_NCLASSES];
  bool closed;
};

extern _Thread_local struct malloc_tcache __malloc_tcache
    __attribute__((tls_model("initial-exec")));

// Slow paths of the thread cache (malloc_central.c).
void *__malloc_refill(unsigned c);          // sets errno on failure
void __malloc_overflow(void *p, unsigned c);

// Flushes the calling thread's cache to the central caches and makes later
// frees by this thread bypass it.  For the threads implementation to call
// when a thread exits.
void __malloc_thread_exit(void);

// Takes all allocator locks before fork() and releases them in both parent
// and child afterwards, so the child does not inherit a held lock.
void __malloc_fork_prepare(void);
void __malloc_fork_parent(void);
void __malloc_fork_child(void);

// Span cache and system memory for spans (malloc_span.c).  Spans are
// aligned to a granule; the memory may hold old contents.
void *__malloc_span_get(unsigned span_shift);
void __malloc_span_put(void *base, unsigned span_shift);

// Large allocations (malloc_large.c).
struct malloc_large {
  size_t map_bytes;  // length of the mapping, which starts here
  uintptr_t user;    // the object
  uintptr_t check;   // user ^ MALLOC_LARGE_LIVE while allocated
};
#define MALLOC_LARGE_LIVE ((uintptr_t)0x4c41524745ab1e5aULL)

// align: 0 or a power of two.  Sets errno on failure.
void *__malloc_large_alloc(size_t n, size_t align, bool zero);
void __malloc_large_free(struct malloc_large *);
void *__malloc_large_realloc(struct malloc_large *, size_t n);
size_t __malloc_large_usable(const struct malloc_large *);

// align: a power of two.  Sets errno on failure.
void *__malloc_aligned(size_t align, size_t n);

// Aborts on a pointer that free() and friends must not accept.
_Noreturn void __malloc_bad_pointer(const void *p);
_Noreturn void __malloc_double_free(const void *p);
_Noreturn void __malloc_corrupted(const void *p);

extern malloc_lock_t __malloc_map_lock;
extern malloc_lock_t __malloc_span_lock;
extern malloc_lock_t __malloc_large_lock;

// Allocates one object of class c.
static inline void *__malloc_class_alloc(unsigned c) {
  struct malloc_bin *b = &__malloc_tcache.bins[c];
  struct malloc_free *o = b->head;
  if (__builtin_expect(o == NULL, 0))
    return __malloc_refill(c);
  // A cached object without its marker was written to after being freed,
  // or was freed twice and already handed out once.
  if (__builtin_expect(o->key != __malloc_free_key(o), 0))
    __malloc_corrupted(o);
  b->head = o->next;
  b->count--;
  o->key = 0;
  return o;
}

// What a pointer passed to free() or realloc() refers to.
struct malloc_owner {
  unsigned c;                   // class, or MALLOC_NCLASSES if large
  struct malloc_large *large;   // the header, if large
};

// Validates p (not NULL) and finds its owner; aborts if p is not an
// allocated object.
static inline struct malloc_owner __malloc_owner(const void *p) {
  uintptr_t e = __malloc_map_lookup(p);
  uintptr_t tag = e & MALLOC_TAG_MASK;
  struct malloc_owner r;
  if (__builtin_expect(tag - 1 < MALLOC_NCLASSES, 1)) {
    r.c = (unsigned)(tag - 1);
    r.large = NULL;
    uint32_t off = (uint32_t)((uintptr_t)p - (e & ~MALLOC_TAG_MASK));
    if (__malloc_slot_index(r.c, off) >= __malloc_classes[r.c].nslots)
      __malloc_bad_pointer(p);
    if (((const struct malloc_free *)p)->key == __malloc_free_key(p))
      __malloc_double_free(p);
    return r;
  }
  if (tag != MALLOC_TAG_LARGE)
    __malloc_bad_pointer(p);
  r.c = MALLOC_NCLASSES;
  r.large = (struct malloc_large *)(e & ~MALLOC_TAG_MASK);
  if (r.large->user != (uintptr_t)p ||
      r.large->check != ((uintptr_t)p ^ MALLOC_LARGE_LIVE))
    __malloc_bad_pointer(p);
  return r;
}

// Frees a validated object of class c.
static inline void __malloc_class_free(void *p, unsigned c) {
  struct malloc_bin *b = &__malloc_tcache.bins[c];
  if (__builtin_expect(b->count >= 2u * __malloc_classes[c].batch, 0)) {
    __malloc_overflow(p, c);
    return;
  }
  struct malloc_free *o = p;
  o->next = b->head;
  o->key = __malloc_free_key(p);
  b->head = o;
  b->count++;
}

#endif
