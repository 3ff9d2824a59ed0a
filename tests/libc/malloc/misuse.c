// Performs the heap misuse named by the MISUSE_* macro and returns normally
// only if the allocator failed to abort.
#include <program.h>
#include <stdint.h>
#include <stdlib.h>

static void *volatile sink;

void program_main(const argdata_t *ad) {
  (void)ad;
  char *p = malloc(40);
  sink = p;
#if defined(MISUSE_double_free)
  free(p);
  free(p);
#elif defined(MISUSE_double_free_large)
  char *q = malloc(200000);
  free(q);
  free(q);
#elif defined(MISUSE_double_free_erased)
  // The first free's marker is erased, as a write after free would, so the
  // second free goes unnoticed; the object is caught when it is handed out
  // for the second time, without a marker.
  static void *many[4000];
  for (int i = 0; i < 4000; ++i)
    many[i] = malloc(48);
  free(p);
  ((uintptr_t *)p)[1] = 0;
  free(p);
  for (int i = 0; i < 4000; ++i)
    free(many[i]);
  for (int i = 0; i < 4000; ++i)
    many[i] = malloc(48);
#elif defined(MISUSE_interior)
  free(p + 16);
#elif defined(MISUSE_interior_large)
  char *q = malloc(200000);
  free(q + 4096);
#elif defined(MISUSE_stack)
  int x;
  sink = &x;
  free(sink);
#elif defined(MISUSE_realloc_freed)
  free(p);
  sink = realloc(p, 100);
#elif defined(MISUSE_span_header)
  // 1024-byte objects: 63 slots in a 64 KiB span, then the span's header.
  char *q = malloc(1024);
  free((void *)(((uintptr_t)q & ~(uintptr_t)0xffff) + 63 * 1024));
#else
  free(p);
  free(malloc(200000));
#endif
  exit(0);
}
