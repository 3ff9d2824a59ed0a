#include <stdlib.h>

#include <uv.h>

struct start {
  uv_thread_cb entry;
  void *arg;
};

static void *trampoline(void *p) {
  struct start s = *(struct start *)p;
  free(p);
  s.entry(s.arg);
  return NULL;
}

int uv_thread_create(uv_thread_t *tid, uv_thread_cb entry, void *arg) {
  struct start *s = malloc(sizeof(*s));
  if (s == NULL)
    return UV_ENOMEM;
  s->entry = entry;
  s->arg = arg;
  int error = pthread_create(tid, NULL, trampoline, s);
  if (error != 0) {
    free(s);
    return -error;
  }
  return 0;
}
