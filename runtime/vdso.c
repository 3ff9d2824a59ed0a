// Layout (every address inside is an offset from the image start, because
// the libc adds the image address to p_vaddr, d_ptr and st_value):
//
//   Elf64_Ehdr | Elf64_Phdr (PT_DYNAMIC) | Elf64_Dyn[6] | hash table |
//   Elf64_Sym[49] | string table
//
// st_value = entry point address - image address, modulo 2^64.
#include "vdso.h"

#include <cloudabi_syscalls_info.h>
#include <elf.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "syscall_entry.h"

#define SYMBOL_PREFIX "cloudabi_sys_"
#define NDYN 6

#define NAME_STRING(name) SYMBOL_PREFIX #name "\0"
// A leading NUL (string offset 0 = no name), then all names.
static const char vdso_strings[] = "\0" CLOUDABI_SYSCALL_NAMES(NAME_STRING);

struct vdso_image {
  Elf64_Ehdr ehdr;
  Elf64_Phdr phdr;
  Elf64_Dyn dyn[NDYN];
  Elf32_Word hash[2 + 1 + CLOUDABI_SYSCALL_COUNT];  // nbucket, nchain, bucket, chain
  Elf64_Sym sym[CLOUDABI_SYSCALL_COUNT];
  char strtab[sizeof(vdso_strings)];
};

static struct vdso_image *vdso_image;

const void *vdso_build(void) {
  if (vdso_image != NULL)
    return vdso_image;
  struct vdso_image *v = calloc(1, sizeof(*v));
  if (v == NULL)
    return NULL;

  memcpy(v->ehdr.e_ident, ELFMAG, SELFMAG);
  v->ehdr.e_ident[EI_CLASS] = ELFCLASS64;
  v->ehdr.e_ident[EI_DATA] = ELFDATA2LSB;
  v->ehdr.e_ident[EI_VERSION] = EV_CURRENT;
  v->ehdr.e_ident[EI_OSABI] = 17;  // CloudABI
  v->ehdr.e_type = ET_DYN;
  v->ehdr.e_machine = EM_X86_64;
  v->ehdr.e_version = EV_CURRENT;
  v->ehdr.e_phoff = offsetof(struct vdso_image, phdr);
  v->ehdr.e_ehsize = sizeof(Elf64_Ehdr);
  v->ehdr.e_phentsize = sizeof(Elf64_Phdr);
  v->ehdr.e_phnum = 1;
  v->ehdr.e_shentsize = sizeof(Elf64_Shdr);

  v->phdr.p_type = PT_DYNAMIC;
  v->phdr.p_flags = PF_R;
  v->phdr.p_offset = v->phdr.p_vaddr = v->phdr.p_paddr = offsetof(struct vdso_image, dyn);
  v->phdr.p_filesz = v->phdr.p_memsz = sizeof(v->dyn);
  v->phdr.p_align = 8;

  const Elf64_Dyn dyn[NDYN] = {
      {.d_tag = DT_HASH, .d_un.d_ptr = offsetof(struct vdso_image, hash)},
      {.d_tag = DT_STRTAB, .d_un.d_ptr = offsetof(struct vdso_image, strtab)},
      {.d_tag = DT_SYMTAB, .d_un.d_ptr = offsetof(struct vdso_image, sym)},
      {.d_tag = DT_STRSZ, .d_un.d_val = sizeof(vdso_strings)},
      {.d_tag = DT_SYMENT, .d_un.d_val = sizeof(Elf64_Sym)},
      {.d_tag = DT_NULL},
  };
  memcpy(v->dyn, dyn, sizeof(dyn));

  // Only nchain (the symbol count) is read by a CloudABI libc; the chain
  // simply lists the symbols in order (§11.2).
  v->hash[0] = 1;
  v->hash[1] = CLOUDABI_SYSCALL_COUNT;
  v->hash[2] = 0;
  for (unsigned i = 0; i < CLOUDABI_SYSCALL_COUNT; i++)
    v->hash[3 + i] = i + 1 < CLOUDABI_SYSCALL_COUNT ? i + 1 : 0;

  memcpy(v->strtab, vdso_strings, sizeof(vdso_strings));
  size_t name_off = 1;
  for (unsigned i = 0; i < CLOUDABI_SYSCALL_COUNT; i++) {
    Elf64_Sym *s = &v->sym[i];
    s->st_name = (Elf64_Word)name_off;
    s->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
    s->st_other = STV_DEFAULT;
    s->st_shndx = SHN_ABS;
    s->st_value = (Elf64_Addr)((uintptr_t)vdso_entry_points[i] - (uintptr_t)v);
    name_off += strlen(&vdso_strings[name_off]) + 1;
  }
  vdso_image = v;
  return v;
}
