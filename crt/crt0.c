// crt0: the entry point of every CloudABI executable.
//
// _start runs before the executable is relocated, before TLS exists and
// before the SafeStack unsafe stack exists, so this file is built without
// SafeStack and without the stack protector, touches no relocated data until
// relocation is done, and calls into the rest of the libc only at the end.
//
// Order: read the auxiliary vector; apply R_X86_64_RELATIVE relocations
// (anything else is refused); bind system calls from the vDSO by name;
// write-protect RELRO; seed the stack protector; set up the initial thread's
// TLS and unsafe stack; then __libc_start_main runs constructors and
// program_main.

#include <cloudabi_syscalls.h>
#include <cloudabi_syscalls_table.h>
#include <cloudabi_types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "elf64.h"
#include "startup.h"
#include "syscalls.h"
#include "tls.h"

extern unsigned long __stack_chk_guard;
extern _Thread_local void *__safestack_unsafe_stack_ptr;

// Unsafe stack of the initial thread.  Threads get theirs from pthread.
#define INITIAL_UNSAFE_STACK_SIZE (8 * 1024 * 1024)

static cloudabi_errno_t syscall_enosys(void) {
  return CLOUDABI_ENOSYS;
}

static bool name_equals(const char *a, const char *b) {
  while (*a != '\0' && *a == *b) {
    a++;
    b++;
  }
  return *a == *b;
}

static bool has_prefix(const char *s, const char *prefix, const char **rest) {
  while (*prefix != '\0') {
    if (*s++ != *prefix++)
      return false;
  }
  *rest = s;
  return true;
}

// Points every table slot at the ENOSYS stub, then at the vDSO's function
// of the same name where it exports one.
static void link_vdso(const elf64_ehdr_t *ehdr) {
  static const char *const names[] = {CLOUDABI_SYSCALL_NAME_LIST};
  void (**slots)(void) = (void (**)(void))&__cloudabi_syscalls;
  const size_t nslots = sizeof(__cloudabi_syscalls) / sizeof(slots[0]);
  _Static_assert(sizeof(names) / sizeof(names[0]) ==
                     sizeof(cloudabi_syscall_table_t) / sizeof(void (*)(void)),
                 "one name per table slot");
  for (size_t i = 0; i < nslots; i++)
    slots[i] = (void (*)(void))syscall_enosys;
  if (ehdr == NULL)
    return;

  const char *image = (const char *)ehdr;
  const elf64_phdr_t *phdr = (const elf64_phdr_t *)(image + ehdr->e_phoff);
  const elf64_dyn_t *dyn = NULL;
  for (size_t i = 0; i < ehdr->e_phnum; i++)
    if (phdr[i].p_type == ELF64_PT_DYNAMIC)
      dyn = (const elf64_dyn_t *)(image + phdr[i].p_vaddr);
  if (dyn == NULL)
    return;

  const uint32_t *hash = NULL;
  const char *strtab = NULL;
  const elf64_sym_t *symtab = NULL;
  for (; dyn->d_tag != ELF64_DT_NULL; dyn++) {
    if (dyn->d_tag == ELF64_DT_HASH)
      hash = (const uint32_t *)(image + dyn->d_val);
    else if (dyn->d_tag == ELF64_DT_STRTAB)
      strtab = image + dyn->d_val;
    else if (dyn->d_tag == ELF64_DT_SYMTAB)
      symtab = (const elf64_sym_t *)(image + dyn->d_val);
  }
  if (hash == NULL || strtab == NULL || symtab == NULL)
    return;

  uint32_t nsyms = hash[1];
  for (uint32_t i = 0; i < nsyms; i++) {
    const elf64_sym_t *sym = &symtab[i];
    const char *name;
    if ((sym->st_info >> 4) != ELF64_STB_GLOBAL ||
        (sym->st_info & 0xf) != ELF64_STT_FUNC ||
        (sym->st_other & 0x3) != ELF64_STV_DEFAULT || sym->st_name == 0 ||
        !has_prefix(strtab + sym->st_name, "cloudabi_sys_", &name))
      continue;
    for (size_t j = 0; j < nslots; j++) {
      if (name_equals(name, names[j])) {
        slots[j] = (void (*)(void))(image + sym->st_value);
        break;
      }
    }
  }
}

// Maps anonymous read-write memory; NULL on failure.
static void *map_anonymous(size_t len) {
  void *mem;
  if (cloudabi_sys_mem_map(NULL, len, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                           CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE,
                           CLOUDABI_MAP_ANON_FD, 0, &mem) != 0)
    return NULL;
  return mem;
}

static _Noreturn void startup_failed(void) {
  cloudabi_sys_proc_raise(CLOUDABI_SIGABRT);
  cloudabi_sys_proc_exit(127);
}

_Noreturn void _start(const cloudabi_auxv_t *auxv) {
  // 1. The auxiliary vector, into locals: nothing is relocated yet.
  const void *argdata = NULL, *canary = NULL, *phdr_ptr = NULL, *pid = NULL;
  const void *vdso = NULL;
  size_t argdata_len = 0, canary_len = 0, ncpus = 1, pagesz = 4096, phnum = 0;
  uintptr_t base = 0;
  bool have_base = false;
  cloudabi_tid_t tid = 1;
  for (const cloudabi_auxv_t *av = auxv; av->a_type != CLOUDABI_AT_NULL; av++) {
    switch (av->a_type) {
      case CLOUDABI_AT_ARGDATA: argdata = av->a_ptr; break;
      case CLOUDABI_AT_ARGDATALEN: argdata_len = av->a_val; break;
      case CLOUDABI_AT_BASE: base = (uintptr_t)av->a_ptr; have_base = true; break;
      case CLOUDABI_AT_CANARY: canary = av->a_ptr; break;
      case CLOUDABI_AT_CANARYLEN: canary_len = av->a_val; break;
      case CLOUDABI_AT_NCPUS: ncpus = av->a_val; break;
      case CLOUDABI_AT_PAGESZ: pagesz = av->a_val; break;
      case CLOUDABI_AT_PHDR: phdr_ptr = av->a_ptr; break;
      case CLOUDABI_AT_PHNUM: phnum = av->a_val; break;
      case CLOUDABI_AT_PID: pid = av->a_ptr; break;
      case CLOUDABI_AT_SYSINFO_EHDR: vdso = av->a_ptr; break;
      case CLOUDABI_AT_TID: tid = (cloudabi_tid_t)av->a_val; break;
      default: break;  // The vector is extensible: skip what is unknown.
    }
  }

  // 2. Our own program headers.
  const elf64_phdr_t *phdr = phdr_ptr;
  const elf64_phdr_t *dynamic = NULL, *relro = NULL, *tls = NULL;
  for (size_t i = 0; i < phnum; i++) {
    switch (phdr[i].p_type) {
      case ELF64_PT_DYNAMIC: dynamic = &phdr[i]; break;
      case ELF64_PT_GNU_RELRO: relro = &phdr[i]; break;
      case ELF64_PT_TLS: tls = &phdr[i]; break;
      case ELF64_PT_PHDR:
        // A runtime that passes no AT_BASE still lets us find the base.
        if (!have_base)
          base = (uintptr_t)phdr - phdr[i].p_vaddr;
        break;
    }
  }

  // 3. Relocation: a static PIE only needs R_X86_64_RELATIVE.
  bool unsupported_relocation = false;
  if (dynamic != NULL) {
    const elf64_rela_t *rela = NULL;
    size_t relasz = 0, relaent = sizeof(elf64_rela_t);
    for (const elf64_dyn_t *d = (const elf64_dyn_t *)(base + dynamic->p_vaddr);
         d->d_tag != ELF64_DT_NULL; d++) {
      if (d->d_tag == ELF64_DT_RELA)
        rela = (const elf64_rela_t *)(base + d->d_val);
      else if (d->d_tag == ELF64_DT_RELASZ)
        relasz = d->d_val;
      else if (d->d_tag == ELF64_DT_RELAENT)
        relaent = d->d_val;
    }
    if (rela != NULL && relaent == sizeof(elf64_rela_t)) {
      for (size_t i = 0; i < relasz / relaent; i++) {
        uint32_t type = (uint32_t)rela[i].r_info;
        if (type == ELF64_R_X86_64_RELATIVE)
          *(uint64_t *)(base + rela[i].r_offset) = base + (uint64_t)rela[i].r_addend;
        else if (type != ELF64_R_X86_64_NONE)
          unsupported_relocation = true;
      }
    } else if (rela != NULL) {
      unsupported_relocation = true;
    }
  }

  // 4. System calls, now that the name table and stubs are relocated.
  link_vdso(vdso);

  // 5. A binary we could not relocate must not run.
  if (unsupported_relocation)
    startup_failed();

  // 6. RELRO (GOT, .data.rel.ro with the syscall table, .init_array)
  // becomes read-only.
  if (relro != NULL && pagesz != 0) {
    uintptr_t start = (base + relro->p_vaddr + pagesz - 1) & ~(pagesz - 1);
    uintptr_t end = (base + relro->p_vaddr + relro->p_memsz) & ~(pagesz - 1);
    if (end > start)
      cloudabi_sys_mem_protect((void *)start, end - start, CLOUDABI_PROT_READ);
  }

  // 7. Remember what the rest of the libc needs.
  __startup.argdata = argdata;
  __startup.argdata_len = argdata_len;
  __startup.base = base;
  __startup.ncpus = ncpus;
  __startup.pagesz = pagesz;
  __startup.phdr = phdr;
  __startup.phnum = phnum;
  __startup.pid = pid;
  __startup.tid = tid;

  // 8. Stack protector guard from the runtime's random bytes.
  if (canary != NULL) {
    unsigned long guard = 0;
    const unsigned char *bytes = canary;
    for (size_t i = 0; i < canary_len && i < sizeof(guard); i++)
      guard |= (unsigned long)bytes[i] << (8 * i);
    __stack_chk_guard = guard;
  }

  // 9. TLS of the initial thread.  The new TCB inherits the runtime's
  // `parent` word, which the runtime may rely on.
  size_t align = sizeof(cloudabi_tcb_t);
  if (tls != NULL) {
    if (tls->p_align > align)
      align = tls->p_align;
    size_t palign = tls->p_align > 0 ? tls->p_align : 1;
    __tls_image.init = (const void *)(base + tls->p_vaddr);
    __tls_image.init_size = tls->p_filesz;
    __tls_image.block_size = (tls->p_memsz + palign - 1) / palign * palign;
  }
  __tls_image.align = align;
  void *tls_area = map_anonymous(tls_area_size(&__tls_image));
  if (tls_area == NULL)
    startup_failed();
  cloudabi_tcb_t *tcb = tls_layout(&__tls_image, tls_area);
  tcb->parent = tls_get_tcb()->parent;
  tls_set_tcb(tcb);

  // 10. The SafeStack unsafe stack, with an inaccessible guard page below.
  char *unsafe = map_anonymous(INITIAL_UNSAFE_STACK_SIZE + pagesz);
  if (unsafe == NULL)
    startup_failed();
  cloudabi_sys_mem_protect(unsafe, pagesz, 0);
  __safestack_unsafe_stack_ptr = unsafe + pagesz + INITIAL_UNSAFE_STACK_SIZE;

  __libc_start_main();
}
