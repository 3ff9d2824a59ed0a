#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "pthread_impl.h"

// The name is only kept for pthread_getname_np (and debuggers); the
// runtime is not told.
int pthread_setname_np(pthread_t thread, const char *name) {
  size_t len = strlen(name);
  if (len >= sizeof(thread->name))
    return ERANGE;
  memcpy(thread->name, name, len + 1);
  return 0;
}
