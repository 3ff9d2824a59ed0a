// <link.h>: the loaded objects of a program.
//
// A CloudABI program is one statically linked executable: there are no
// shared objects to load.  dl_iterate_phdr reports that executable once,
// with its load address and program headers as passed by the loader (the
// auxiliary vector), which is what unwinders (libunwind, libgcc) need to
// find PT_GNU_EH_FRAME for C++ exceptions and backtraces.  Its name is the
// empty string, as glibc reports the main program.
//
// Extensions: dl_iterate_phdr and the ElfW()/ELFW() helper macros.
#ifndef _LINK_H_
#define _LINK_H_

#include <elf.h>

#define ElfW(type) Elf64_##type
#define ELFW(type) ELF64_##type

struct dl_phdr_info {
  ElfW(Addr) dlpi_addr;
  const char *dlpi_name;
  const ElfW(Phdr) *dlpi_phdr;
  ElfW(Half) dlpi_phnum;
  unsigned long long dlpi_adds;  // objects loaded so far (always 1)
  unsigned long long dlpi_subs;  // objects unloaded so far (always 0)
  size_t dlpi_tls_modid;         // 1 if the program has TLS, else 0
  void *dlpi_tls_data;           // the calling thread's TLS block, or NULL
};

_CLOUDLIBC_BEGIN

int dl_iterate_phdr(int (*)(struct dl_phdr_info *, size_t, void *), void *);

_CLOUDLIBC_END

#endif
