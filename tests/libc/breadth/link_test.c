#include <elf.h>
#include <link.h>
#include <string.h>

#include "harness.h"

struct seen {
  int calls;
  bool text_found;  // a PT_LOAD segment with this function in it
  bool eh_frame;
  bool tls_ok;
  size_t size;
};

static _Thread_local int tls_var = 1234;

static int callback(struct dl_phdr_info *info, size_t size, void *data) {
  struct seen *s = data;
  s->calls++;
  s->size = size;
  uintptr_t self = (uintptr_t)&callback;
  for (size_t i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *p = &info->dlpi_phdr[i];
    if (p->p_type == PT_LOAD) {
      uintptr_t start = info->dlpi_addr + p->p_vaddr;
      if (self >= start && self < start + p->p_memsz && (p->p_flags & PF_X))
        s->text_found = true;
    }
    if (p->p_type == PT_GNU_EH_FRAME)
      s->eh_frame = true;
    if (p->p_type == PT_TLS && info->dlpi_tls_modid == 1) {
      // The initialised image of tls_var lives at the same offset in the
      // thread's block as in the image.
      char *block = info->dlpi_tls_data;
      uintptr_t off = (uintptr_t)&tls_var - (uintptr_t)block;
      s->tls_ok = off < p->p_memsz + 64;
    }
  }
  return 77;
}

TEST(reports_the_executable) {
  struct seen s = {0};
  ASSERT_EQ(dl_iterate_phdr(callback, &s), 77);
  ASSERT_EQ(s.calls, 1);
  ASSERT_EQ(s.size, sizeof(struct dl_phdr_info));
  ASSERT_TRUE(s.text_found);
  ASSERT_TRUE(s.eh_frame);
  ASSERT_TRUE(s.tls_ok);
  ASSERT_EQ(tls_var, 1234);
}

TEST(elf_constants) {
  // A few values fixed by the ELF specification and the x86-64 ABI.
  ASSERT_EQ(sizeof(Elf64_Ehdr), 64);
  ASSERT_EQ(sizeof(Elf64_Phdr), 56);
  ASSERT_EQ(sizeof(Elf64_Shdr), 64);
  ASSERT_EQ(sizeof(Elf64_Sym), 24);
  ASSERT_EQ(sizeof(Elf64_Rela), 24);
  ASSERT_EQ(sizeof(Elf32_Ehdr), 52);
  ASSERT_EQ(sizeof(Elf32_Phdr), 32);
  ASSERT_EQ(EM_X86_64, 62);
  ASSERT_EQ(EM_AARCH64, 183);
  ASSERT_EQ(R_X86_64_RELATIVE, 8);
  ASSERT_EQ(PT_GNU_EH_FRAME, 0x6474e550);
  ASSERT_EQ(ELFOSABI_CLOUDABI, 17);
  ASSERT_EQ(ELF64_R_SYM(ELF64_R_INFO(5, 7)), 5);
  ASSERT_EQ(ELF64_R_TYPE(ELF64_R_INFO(5, 7)), 7);
  ASSERT_EQ(ELF64_ST_BIND(ELF64_ST_INFO(STB_WEAK, STT_FUNC)), STB_WEAK);
  ASSERT_EQ(ELF64_ST_TYPE(ELF64_ST_INFO(STB_WEAK, STT_FUNC)), STT_FUNC);
  ASSERT_TRUE(memcmp(ELFMAG, "\177ELF", SELFMAG) == 0);
}
