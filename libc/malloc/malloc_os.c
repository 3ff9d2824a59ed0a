#include <cloudabi_syscalls.h>

#include "malloc_os.h"

void *__malloc_os_map(void *hint, size_t len) {
  void *mem;
  if (cloudabi_sys_mem_map(hint, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                           CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE,
                           CLOUDABI_MAP_ANON_FD, 0, &mem) != 0)
    return NULL;
  return mem;
}

void __malloc_os_unmap(void *addr, size_t len) {
  cloudabi_sys_mem_unmap(addr, len);
}

void __malloc_os_decommit(void *addr, size_t len) {
  cloudabi_sys_mem_advise(addr, len, CLOUDABI_ADVICE_DONTNEED);
}

void __malloc_os_yield(void) {
  cloudabi_sys_thread_yield();
}

void __malloc_os_random(void *buf, size_t len) {
  cloudabi_sys_random_get(buf, len);
}
