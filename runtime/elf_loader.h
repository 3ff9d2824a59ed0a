// Validation and mapping of CloudABI executables (static PIE, x86_64).
#ifndef RUNTIME_ELF_LOADER_H
#define RUNTIME_ELF_LOADER_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>

struct loaded_program {
  uintptr_t base;         // address that ELF vaddr 0 maps to
  uintptr_t entry;        // absolute entry point
  const Elf64_Phdr *phdr; // program headers as seen by the program
  size_t phnum;
  void *region;           // the reservation holding every PT_LOAD
  size_t region_len;
};

// Checks the image on `fd` and maps it.  On failure returns -1 and stores a
// one-line reason in err (e.g. "not an ELF file").
int elf_load(int fd, struct loaded_program *out, char *err, size_t errlen);

#endif
