// Minimal vDSO symbol lookup for freestanding CloudABI test programs: the
// way a libc other than ours binds system calls (cloudabi-abi.md §9.4).
#ifndef FOREIGN_VDSO_H
#define FOREIGN_VDSO_H

#include <stddef.h>
#include <stdint.h>

#include <cloudabi_types.h>

// The few ELF definitions needed (freestanding: no <elf.h>).
typedef struct {
  unsigned char e_ident[16];
  uint16_t e_type, e_machine;
  uint32_t e_version;
  uint64_t e_entry, e_phoff, e_shoff;
  uint32_t e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Elf64_Ehdr;
typedef struct {
  uint32_t p_type, p_flags;
  uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} Elf64_Phdr;
typedef struct {
  int64_t d_tag;
  union {
    uint64_t d_val, d_ptr;
  } d_un;
} Elf64_Dyn;
typedef struct {
  uint32_t st_name;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
  uint64_t st_value, st_size;
} Elf64_Sym;
typedef uint32_t Elf64_Word;
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PF_X 1
#define DT_NULL 0
#define DT_RELA 7
#define DT_RELASZ 8
#define R_X86_64_RELATIVE 8
#define DT_HASH 4
#define DT_STRTAB 5
#define DT_SYMTAB 6
#define STB_GLOBAL 1
#define STT_FUNC 2
#define STV_DEFAULT 0
#define ELF64_ST_BIND(i) ((i) >> 4)
#define ELF64_ST_TYPE(i) ((i)&0xf)
#define ELF64_ST_VISIBILITY(o) ((o)&0x3)

static inline int foreign_streq(const char *a, const char *b) {
  while (*a != '\0' && *a == *b)
    a++, b++;
  return *a == *b;
}

// Calls found(name without "cloudabi_sys_", address, ctx) for every
// exported system call; returns how many there were.
static inline unsigned foreign_vdso_scan(const void *image,
                                         void (*found)(const char *, uintptr_t, void *),
                                         void *ctx) {
  static const char prefix[] = "cloudabi_sys_";
  const Elf64_Ehdr *eh = image;
  uintptr_t b = (uintptr_t)eh;
  const Elf64_Phdr *ph = (const Elf64_Phdr *)(b + eh->e_phoff);
  unsigned count = 0;
  for (size_t i = 0; i < eh->e_phnum; i++) {
    if (ph[i].p_type != PT_DYNAMIC)
      continue;
    const Elf64_Word *hash = NULL;
    const char *strtab = NULL;
    const Elf64_Sym *symtab = NULL;
    for (const Elf64_Dyn *d = (const Elf64_Dyn *)(b + ph[i].p_vaddr); d->d_tag != DT_NULL; d++) {
      if (d->d_tag == DT_HASH)
        hash = (const Elf64_Word *)(b + d->d_un.d_ptr);
      else if (d->d_tag == DT_STRTAB)
        strtab = (const char *)(b + d->d_un.d_ptr);
      else if (d->d_tag == DT_SYMTAB)
        symtab = (const Elf64_Sym *)(b + d->d_un.d_ptr);
    }
    if (hash == NULL || strtab == NULL || symtab == NULL)
      return count;
    for (Elf64_Word s = 0; s < hash[1]; s++) {
      const Elf64_Sym *sym = &symtab[s];
      if (ELF64_ST_BIND(sym->st_info) != STB_GLOBAL || ELF64_ST_TYPE(sym->st_info) != STT_FUNC ||
          ELF64_ST_VISIBILITY(sym->st_other) != STV_DEFAULT || sym->st_name == 0)
        continue;
      const char *name = strtab + sym->st_name;
      size_t k = 0;
      while (k < sizeof(prefix) - 1 && name[k] == prefix[k])
        k++;
      if (k != sizeof(prefix) - 1)
        continue;
      count++;
      found(name + k, b + sym->st_value, ctx);
    }
  }
  return count;
}

// Applies the program's own R_X86_64_RELATIVE relocations, as any libc's
// start-up code must (static initialisers holding addresses depend on it).
// Uses AT_BASE and AT_PHDR/AT_PHNUM; touches no relocated data itself.
// Returns 0, or -1 if a relocation of another type is present.
typedef struct {
  uint64_t r_offset, r_info;
  int64_t r_addend;
} Elf64_Rela;
static inline int foreign_self_relocate(const cloudabi_auxv_t *auxv) {
  uintptr_t base = 0;
  const Elf64_Phdr *ph = NULL;
  size_t phnum = 0;
  for (const cloudabi_auxv_t *a = auxv; a->a_type != CLOUDABI_AT_NULL; a++) {
    if (a->a_type == CLOUDABI_AT_BASE)
      base = (uintptr_t)a->a_ptr;
    else if (a->a_type == CLOUDABI_AT_PHDR)
      ph = a->a_ptr;
    else if (a->a_type == CLOUDABI_AT_PHNUM)
      phnum = a->a_val;
  }
  if (ph == NULL)
    return -1;
  for (size_t i = 0; i < phnum; i++) {
    if (ph[i].p_type != PT_DYNAMIC)
      continue;
    uintptr_t rela = 0;
    size_t relasz = 0;
    for (const Elf64_Dyn *d = (const Elf64_Dyn *)(base + ph[i].p_vaddr); d->d_tag != DT_NULL;
         d++) {
      if (d->d_tag == DT_RELA)
        rela = base + d->d_un.d_ptr;
      else if (d->d_tag == DT_RELASZ)
        relasz = d->d_un.d_val;
    }
    for (size_t k = 0; rela != 0 && k < relasz / sizeof(Elf64_Rela); k++) {
      const Elf64_Rela *r = (const Elf64_Rela *)rela + k;
      if ((r->r_info & 0xffffffff) != R_X86_64_RELATIVE)
        return -1;
      *(uint64_t *)(base + r->r_offset) = base + (uint64_t)r->r_addend;
    }
  }
  return 0;
}

#endif
