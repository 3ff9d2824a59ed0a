// Loads a CloudABI executable into a private region of this process.
//
// Every field that leads to memory or file offsets is checked before use, so
// a hostile file gets a precise refusal instead of a crash.  Segments are
// mapped from the file where their pages are exclusive to them; a page that
// two segments share (lld packs segments unless told otherwise) is filled by
// copying instead.
#define _GNU_SOURCE
#include "elf_loader.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define ELFOSABI_CLOUDABI_VALUE 17
// More program headers than this is not a plausible executable.
#define MAX_PHNUM 256

struct load_ctx {
  int fd;
  uint64_t file_size;
  uint64_t page;
  char *err;
  size_t errlen;
};

static int fail(struct load_ctx *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int fail(struct load_ctx *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->err, c->errlen, fmt, ap);
  va_end(ap);
  return -1;
}

static const char *osabi_name(unsigned char osabi) {
  switch (osabi) {
    case ELFOSABI_SYSV: return "Linux/SYSV";
    case ELFOSABI_HPUX: return "HP-UX";
    case ELFOSABI_NETBSD: return "NetBSD";
    case ELFOSABI_GNU: return "GNU/Linux";
    case ELFOSABI_SOLARIS: return "Solaris";
    case ELFOSABI_FREEBSD: return "FreeBSD";
    case ELFOSABI_OPENBSD: return "OpenBSD";
    case ELFOSABI_ARM: return "ARM";
    case ELFOSABI_STANDALONE: return "standalone";
    default: return NULL;
  }
}

static const char *machine_name(unsigned machine) {
  switch (machine) {
    case EM_386: return "i386";
    case EM_ARM: return "ARM";
    case EM_X86_64: return "x86-64";
    case EM_AARCH64: return "AArch64";
    case EM_RISCV: return "RISC-V";
    case EM_PPC64: return "PowerPC64";
    case EM_S390: return "S/390";
    default: return "unknown";
  }
}

static int read_exact(struct load_ctx *c, void *buf, size_t len, uint64_t off,
                      const char *what) {
  size_t done = 0;
  while (done < len) {
    ssize_t n = pread(c->fd, (char *)buf + done, len - done, (off_t)(off + done));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return fail(c, "cannot read %s: %s", what, strerror(errno));
    }
    if (n == 0)
      return fail(c, "truncated: %s extends past end of file", what);
    done += (size_t)n;
  }
  return 0;
}

static int check_header(struct load_ctx *c, const Elf64_Ehdr *eh) {
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0)
    return fail(c, "not an ELF file");
  if (eh->e_ident[EI_CLASS] != ELFCLASS64)
    return fail(c, "not a 64-bit ELF file (ELF class %u)", eh->e_ident[EI_CLASS]);
  if (eh->e_ident[EI_DATA] != ELFDATA2LSB)
    return fail(c, "not a little-endian ELF file");
  if (eh->e_ident[EI_VERSION] != EV_CURRENT || eh->e_version != EV_CURRENT)
    return fail(c, "unsupported ELF version %u", eh->e_ident[EI_VERSION]);
  unsigned char osabi = eh->e_ident[EI_OSABI];
  if (osabi != ELFOSABI_CLOUDABI_VALUE) {
    const char *name = osabi_name(osabi);
    if (name != NULL)
      return fail(c, "not a CloudABI executable (OS/ABI is %s)", name);
    return fail(c, "not a CloudABI executable (OS/ABI is %u)", osabi);
  }
  if (eh->e_machine != EM_X86_64)
    return fail(c, "wrong architecture: machine %u (%s), expected %u (x86-64)",
                eh->e_machine, machine_name(eh->e_machine), EM_X86_64);
  if (eh->e_type == ET_EXEC)
    return fail(c, "not position independent (ET_EXEC); link with -pie");
  if (eh->e_type != ET_DYN)
    return fail(c, "not an executable (ELF type %u)", eh->e_type);
  if (eh->e_ehsize < sizeof(Elf64_Ehdr))
    return fail(c, "invalid ELF header size %u", eh->e_ehsize);
  if (eh->e_phentsize != sizeof(Elf64_Phdr))
    return fail(c, "invalid program header size %u (expected %zu)", eh->e_phentsize,
                sizeof(Elf64_Phdr));
  if (eh->e_phnum == 0)
    return fail(c, "no program headers");
  if (eh->e_phnum > MAX_PHNUM)
    return fail(c, "too many program headers (%u)", eh->e_phnum);
  uint64_t ph_end = eh->e_phoff + (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr);
  if (eh->e_phoff > c->file_size || ph_end < eh->e_phoff || ph_end > c->file_size)
    return fail(c, "truncated: program header table extends past end of file");
  return 0;
}

// Checks one program header on its own; relations between segments are
// checked by check_layout.
static int check_phdr(struct load_ctx *c, const Elf64_Phdr *ph, size_t i) {
  if (ph->p_type == PT_INTERP)
    return fail(c, "has an interpreter (PT_INTERP): dynamically linked executables are not supported");
  if (ph->p_type == PT_DYNAMIC || ph->p_type == PT_LOAD || ph->p_type == PT_TLS ||
      ph->p_type == PT_PHDR) {
    uint64_t end = ph->p_offset + ph->p_filesz;
    if (end < ph->p_offset)
      return fail(c, "program header %zu: offset and size overflow", i);
    if (end > c->file_size)
      return fail(c, "truncated: program header %zu extends past end of file", i);
    if (ph->p_filesz > ph->p_memsz)
      return fail(c, "program header %zu: file size exceeds memory size", i);
    uint64_t vend = ph->p_vaddr + ph->p_memsz;
    // Keep every address well inside the lower half so rounding cannot wrap.
    if (vend < ph->p_vaddr || vend > (UINT64_C(1) << 46))
      return fail(c, "program header %zu: virtual address range out of bounds", i);
  }
  if (ph->p_type == PT_LOAD) {
    if ((ph->p_flags & PF_W) && (ph->p_flags & PF_X))
      return fail(c, "program header %zu: segment is both writable and executable", i);
    if (ph->p_align > 1 && (ph->p_align & (ph->p_align - 1)) != 0)
      return fail(c, "program header %zu: alignment is not a power of two", i);
  }
  return 0;
}

static int prot_of(uint32_t flags) {
  return ((flags & PF_R) ? PROT_READ : 0) | ((flags & PF_W) ? PROT_WRITE : 0) |
         ((flags & PF_X) ? PROT_EXEC : 0);
}

static uint64_t page_down(const struct load_ctx *c, uint64_t v) { return v & ~(c->page - 1); }
static uint64_t page_up(const struct load_ctx *c, uint64_t v) {
  return (v + c->page - 1) & ~(c->page - 1);
}

// Copies file bytes [off, off+len) to dst (used for pages shared between
// segments and for segments whose offset and address disagree mod page).
static int copy_from_file(struct load_ctx *c, void *dst, size_t len, uint64_t off, size_t i) {
  char what[64];
  snprintf(what, sizeof(what), "program header %zu", i);
  return read_exact(c, dst, len, off, what);
}

// Fills segment i (already validated) inside the reservation, which is
// readable and writable at this point.  prev_end_page is the first page not
// touched by earlier segments.
static int place_segment(struct load_ctx *c, uintptr_t base, const Elf64_Phdr *ph, size_t i,
                         uint64_t prev_end_page) {
  uint64_t vstart = ph->p_vaddr, fend = ph->p_vaddr + ph->p_filesz;
  bool congruent = (ph->p_offset & (c->page - 1)) == (ph->p_vaddr & (c->page - 1));
  uint64_t map_from = page_down(c, vstart);
  if (map_from < prev_end_page)
    map_from = prev_end_page;  // that page belongs to the previous segment too
  // Only whole pages of file content are mapped; a partial last page is
  // copied, so whatever follows p_filesz in it stays zero (bss).
  uint64_t map_to = page_down(c, fend);
  if (!congruent || ph->p_filesz == 0 || map_to <= map_from) {
    map_from = map_to = vstart;  // nothing is mapped: copy everything
  }
  if (map_to > map_from) {
    uint64_t off = ph->p_offset + (map_from - vstart);
    void *want = (void *)(base + map_from);
    void *got = mmap(want, map_to - map_from, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_FIXED, c->fd, (off_t)off);
    if (got == MAP_FAILED)
      return fail(c, "cannot map program header %zu: %s", i, strerror(errno));
  }
  // Bytes before the mapped pages (a shared first page) and after them (the
  // partial last page, whose bss tail stays zero) are copied.
  if (map_from > vstart) {
    uint64_t n = (map_from < fend ? map_from : fend) - vstart;
    if (n > 0 && copy_from_file(c, (void *)(base + vstart), n, ph->p_offset, i) != 0)
      return -1;
  }
  uint64_t tail_from = map_to > vstart ? map_to : vstart;
  if (tail_from < fend &&
      copy_from_file(c, (void *)(base + tail_from), fend - tail_from,
                     ph->p_offset + (tail_from - vstart), i) != 0)
    return -1;
  return 0;
}

int elf_load(int fd, struct loaded_program *out, char *err, size_t errlen) {
  struct load_ctx c = {.fd = fd, .err = err, .errlen = errlen};
  struct stat st;
  if (fstat(fd, &st) != 0)
    return fail(&c, "cannot stat: %s", strerror(errno));
  if (S_ISDIR(st.st_mode))
    return fail(&c, "is a directory");
  if (!S_ISREG(st.st_mode))
    return fail(&c, "not a regular file");
  c.file_size = (uint64_t)st.st_size;
  long pagesz = sysconf(_SC_PAGESIZE);
  c.page = pagesz > 0 ? (uint64_t)pagesz : 4096;

  Elf64_Ehdr eh;
  if (c.file_size < SELFMAG)
    return fail(&c, "not an ELF file (only %llu bytes)", (unsigned long long)c.file_size);
  if (read_exact(&c, &eh, SELFMAG, 0, "ELF header") != 0)
    return -1;
  if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0)
    return fail(&c, "not an ELF file");
  if (c.file_size < sizeof(eh))
    return fail(&c, "truncated: file is %llu bytes, shorter than the ELF header",
                (unsigned long long)c.file_size);
  if (read_exact(&c, &eh, sizeof(eh), 0, "ELF header") != 0 || check_header(&c, &eh) != 0)
    return -1;

  size_t phnum = eh.e_phnum;
  Elf64_Phdr *ph = calloc(phnum, sizeof(*ph));
  if (ph == NULL)
    return fail(&c, "out of memory");
  if (read_exact(&c, ph, phnum * sizeof(*ph), eh.e_phoff, "program header table") != 0)
    goto bad;

  uint64_t lo = UINT64_MAX, hi = 0, prev_end = 0;
  const Elf64_Phdr *phdr_self = NULL;
  size_t nload = 0;
  for (size_t i = 0; i < phnum; i++) {
    if (check_phdr(&c, &ph[i], i) != 0)
      goto bad;
    if (ph[i].p_type == PT_PHDR)
      phdr_self = &ph[i];
    if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
      continue;
    if (nload > 0 && ph[i].p_vaddr < prev_end) {
      fail(&c, "program header %zu: segment overlaps or is out of address order", i);
      goto bad;
    }
    prev_end = ph[i].p_vaddr + ph[i].p_memsz;
    if (ph[i].p_vaddr < lo)
      lo = ph[i].p_vaddr;
    if (prev_end > hi)
      hi = prev_end;
    nload++;
  }
  if (nload == 0) {
    fail(&c, "no loadable segments");
    goto bad;
  }
  lo = page_down(&c, lo);
  hi = page_up(&c, hi);

  // The entry point must be inside an executable segment.
  bool entry_ok = false;
  for (size_t i = 0; i < phnum; i++)
    if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_X) && eh.e_entry >= ph[i].p_vaddr &&
        eh.e_entry - ph[i].p_vaddr < ph[i].p_memsz)
      entry_ok = true;
  if (!entry_ok) {
    fail(&c, "entry point 0x%llx is not inside an executable segment",
         (unsigned long long)eh.e_entry);
    goto bad;
  }

  size_t span = (size_t)(hi - lo);
  void *region = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (region == MAP_FAILED) {
    fail(&c, "cannot reserve %zu bytes of address space: %s", span, strerror(errno));
    goto bad;
  }
  uintptr_t base = (uintptr_t)region - lo;

  // Pages used by segments become writable while being filled; final
  // protections are applied once everything is in place.
  uint64_t prev_end_page = 0;
  for (size_t i = 0; i < phnum; i++) {
    if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
      continue;
    uint64_t from = page_down(&c, ph[i].p_vaddr), to = page_up(&c, ph[i].p_vaddr + ph[i].p_memsz);
    if (mprotect((void *)(base + from), to - from, PROT_READ | PROT_WRITE) != 0) {
      fail(&c, "cannot prepare program header %zu: %s", i, strerror(errno));
      goto unmap;
    }
    if (place_segment(&c, base, &ph[i], i, prev_end_page) != 0)
      goto unmap;
    prev_end_page = to;
  }

  // Final protections; a page shared by two segments gets the union of
  // theirs, which must still respect W^X.
  for (size_t i = 0; i < phnum; i++) {
    if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
      continue;
    uint64_t from = page_down(&c, ph[i].p_vaddr), to = page_up(&c, ph[i].p_vaddr + ph[i].p_memsz);
    int prot = prot_of(ph[i].p_flags);
    if (mprotect((void *)(base + from), to - from, prot) != 0) {
      fail(&c, "cannot protect program header %zu: %s", i, strerror(errno));
      goto unmap;
    }
  }
  for (size_t i = 0; i < phnum; i++) {
    if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
      continue;
    for (size_t j = i + 1; j < phnum; j++) {
      if (ph[j].p_type != PT_LOAD || ph[j].p_memsz == 0)
        continue;
      uint64_t last_i = page_down(&c, ph[i].p_vaddr + ph[i].p_memsz - 1);
      if (page_down(&c, ph[j].p_vaddr) == last_i) {
        int prot = prot_of(ph[i].p_flags) | prot_of(ph[j].p_flags);
        if ((prot & PROT_WRITE) && (prot & PROT_EXEC)) {
          fail(&c, "program headers %zu and %zu share a page but one is writable and "
                   "the other executable", i, j);
          goto unmap;
        }
        if (mprotect((void *)(base + last_i), c.page, prot) != 0) {
          fail(&c, "cannot protect program header %zu: %s", j, strerror(errno));
          goto unmap;
        }
      }
      break;
    }
  }

  // AT_PHDR: where the program headers are in memory.  PT_PHDR says so
  // directly; otherwise find the loaded file bytes holding them, and as a
  // last resort hand out our own copy.
  const Elf64_Phdr *mem_phdr = NULL;
  if (phdr_self != NULL && phdr_self->p_memsz >= phnum * sizeof(Elf64_Phdr)) {
    for (size_t i = 0; i < phnum; i++)
      if (ph[i].p_type == PT_LOAD && phdr_self->p_vaddr >= ph[i].p_vaddr &&
          phdr_self->p_vaddr + phnum * sizeof(Elf64_Phdr) <= ph[i].p_vaddr + ph[i].p_filesz &&
          (ph[i].p_flags & PF_R))
        mem_phdr = (const Elf64_Phdr *)(base + phdr_self->p_vaddr);
  }
  for (size_t i = 0; mem_phdr == NULL && i < phnum; i++)
    if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_R) && eh.e_phoff >= ph[i].p_offset &&
        eh.e_phoff + phnum * sizeof(Elf64_Phdr) <= ph[i].p_offset + ph[i].p_filesz)
      mem_phdr = (const Elf64_Phdr *)(base + ph[i].p_vaddr + (eh.e_phoff - ph[i].p_offset));
  if (mem_phdr != NULL) {
    free(ph);
    ph = NULL;
  } else {
    mem_phdr = ph;  // kept for the life of the process
  }

  out->base = base;
  out->entry = base + eh.e_entry;
  out->phdr = mem_phdr;
  out->phnum = phnum;
  out->region = region;
  out->region_len = span;
  return 0;

unmap:
  munmap(region, span);
bad:
  free(ph);
  return -1;
}
