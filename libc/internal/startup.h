// Internal: what crt0 learned from the auxiliary vector, for the rest of
// the libc (program entry, sysconf, threads, program_getpid).
#ifndef LIBC_INTERNAL_STARTUP_H
#define LIBC_INTERNAL_STARTUP_H

#include <cloudabi_types.h>
#include <stddef.h>
#include <stdint.h>

struct startup_info {
  const void *argdata;
  size_t argdata_len;
  uintptr_t base;
  size_t ncpus;
  size_t pagesz;
  const void *phdr;
  size_t phnum;
  const unsigned char *pid;  // 16 bytes of UUID, or NULL
  cloudabi_tid_t tid;        // initial thread
};

extern struct startup_info __startup;

// Called by crt0 once relocation, TLS and the unsafe stack are in place:
// runs constructors and enters program_main.
_Noreturn void __libc_start_main(void);

#endif
