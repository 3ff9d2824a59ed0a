#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "pthread_impl.h"

int pthread_getname_np(pthread_t thread, char *buf, size_t size) {
  size_t len = strnlen(thread->name, sizeof(thread->name) - 1);
  if (size <= len)
    return ERANGE;
  memcpy(buf, thread->name, len);
  buf[len] = '\0';
  return 0;
}
