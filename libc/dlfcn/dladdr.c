#include <dlfcn.h>
#include <stdbool.h>
#include <elf.h>
#include <stdint.h>

#include "startup.h"

int dladdr(const void *addr, Dl_info *info) {
  uintptr_t a = (uintptr_t)addr, base = __startup.base;
  const Elf64_Phdr *phdr = __startup.phdr;
  const Elf64_Phdr *dynamic = NULL;
  bool inside = false;
  for (size_t i = 0; i < __startup.phnum; i++) {
    if (phdr[i].p_type == PT_LOAD && a >= base + phdr[i].p_vaddr &&
        a - (base + phdr[i].p_vaddr) < phdr[i].p_memsz)
      inside = true;
    if (phdr[i].p_type == PT_DYNAMIC)
      dynamic = &phdr[i];
  }
  if (!inside)
    return 0;
  *info = (Dl_info){.dli_fname = "", .dli_fbase = (void *)base};
  if (dynamic == NULL)
    return 1;
  // The dynamic symbol table, if the program exports one with a SysV hash
  // table (which gives the number of symbols).
  const Elf64_Sym *symtab = NULL;
  const char *strtab = NULL;
  const Elf64_Word *hash = NULL;
  for (const Elf64_Dyn *d = (const Elf64_Dyn *)(base + dynamic->p_vaddr);
       d->d_tag != DT_NULL; d++) {
    if (d->d_tag == DT_SYMTAB)
      symtab = (const Elf64_Sym *)(base + d->d_un.d_ptr);
    else if (d->d_tag == DT_STRTAB)
      strtab = (const char *)(base + d->d_un.d_ptr);
    else if (d->d_tag == DT_HASH)
      hash = (const Elf64_Word *)(base + d->d_un.d_ptr);
  }
  if (symtab == NULL || strtab == NULL || hash == NULL)
    return 1;
  Elf64_Word nsyms = hash[1];  // nchain
  const Elf64_Sym *best = NULL;
  for (Elf64_Word i = 1; i < nsyms; i++) {
    const Elf64_Sym *s = &symtab[i];
    int type = ELF64_ST_TYPE(s->st_info);
    if (s->st_shndx == SHN_UNDEF || (type != STT_FUNC && type != STT_OBJECT))
      continue;
    uintptr_t start = base + s->st_value;
    if (start <= a && (best == NULL || s->st_value > best->st_value))
      best = s;
  }
  if (best != NULL) {
    info->dli_sname = strtab + best->st_name;
    info->dli_saddr = (void *)(base + best->st_value);
  }
  return 1;
}
