// Internal: the few ELF64 structures crt0 reads (its own program headers,
// dynamic section and relocations, and the vDSO's symbol table).
#ifndef LIBC_INTERNAL_ELF64_H
#define LIBC_INTERNAL_ELF64_H

#include <stdint.h>

typedef struct {
  unsigned char e_ident[16];
  uint16_t e_type, e_machine;
  uint32_t e_version;
  uint64_t e_entry, e_phoff, e_shoff;
  uint32_t e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} elf64_ehdr_t;

typedef struct {
  uint32_t p_type, p_flags;
  uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} elf64_phdr_t;

typedef struct {
  int64_t d_tag;
  uint64_t d_val;
} elf64_dyn_t;

typedef struct {
  uint64_t r_offset, r_info;
  int64_t r_addend;
} elf64_rela_t;

typedef struct {
  uint32_t st_name;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
  uint64_t st_value, st_size;
} elf64_sym_t;

enum {
  ELF64_PT_DYNAMIC = 2,
  ELF64_PT_PHDR = 6,
  ELF64_PT_TLS = 7,
  ELF64_PT_GNU_RELRO = 0x6474e552,
  ELF64_DT_NULL = 0,
  ELF64_DT_HASH = 4,
  ELF64_DT_STRTAB = 5,
  ELF64_DT_SYMTAB = 6,
  ELF64_DT_RELA = 7,
  ELF64_DT_RELASZ = 8,
  ELF64_DT_RELAENT = 9,
  ELF64_R_X86_64_NONE = 0,
  ELF64_R_X86_64_RELATIVE = 8,
  ELF64_STB_GLOBAL = 1,
  ELF64_STT_FUNC = 2,
  ELF64_STV_DEFAULT = 0,
};

#endif
