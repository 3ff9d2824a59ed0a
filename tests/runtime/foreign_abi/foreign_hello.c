// A CloudABI program that uses no part of this SDK's libc or crt0: it binds
// the system calls from the vDSO by name, the way any other CloudABI libc
// does (cloudabi-abi.md §9.4), and checks the start-up contract of §9.
// Built freestanding; passes when it prints its greeting and exits 0.
//
// The configuration must be `!fd stdout` (or anything making fd 0 the
// output): the program writes to fd 0.
#include <stddef.h>
#include <stdint.h>

#include <cloudabi_types.h>

#include "foreign_vdso.h"

typedef cloudabi_errno_t fd_write_fn(cloudabi_fd_t, const cloudabi_ciovec_t *, size_t, size_t *);
typedef void proc_exit_fn(cloudabi_exitcode_t);
typedef cloudabi_errno_t mem_map_fn(void *, size_t, cloudabi_mprot_t, cloudabi_mflags_t,
                                    cloudabi_fd_t, cloudabi_filesize_t, void **);
typedef cloudabi_errno_t mem_unmap_fn(void *, size_t);
typedef cloudabi_errno_t clock_time_get_fn(cloudabi_clockid_t, cloudabi_timestamp_t,
                                           cloudabi_timestamp_t *);
typedef cloudabi_errno_t random_get_fn(void *, size_t);

static fd_write_fn *sys_fd_write;
static proc_exit_fn *sys_proc_exit;
static mem_map_fn *sys_mem_map;
static mem_unmap_fn *sys_mem_unmap;
static clock_time_get_fn *sys_clock_time_get;
static random_get_fn *sys_random_get;

static size_t length(const char *s) {
  size_t n = 0;
  while (s[n] != '\0')
    n++;
  return n;
}

static void say(const char *s) {
  cloudabi_ciovec_t iov = {.buf = s, .buf_len = length(s)};
  size_t n;
  if (sys_fd_write != NULL)
    sys_fd_write(0, &iov, 1, &n);
}

static _Noreturn void fail(const char *why, int code) {
  say("foreign_hello: FAIL: ");
  say(why);
  say("\n");
  if (sys_proc_exit != NULL)
    sys_proc_exit((cloudabi_exitcode_t)code);
  for (;;)
    __builtin_trap();
}

static uintptr_t read_tp(void) {
  uintptr_t tp;
  __asm__ volatile("mov %%fs:0, %0" : "=r"(tp));
  return tp;
}

static void bind(const char *name, uintptr_t addr, void *ctx) {
  (void)ctx;
  if (foreign_streq(name, "fd_write"))
    sys_fd_write = (fd_write_fn *)addr;
  else if (foreign_streq(name, "proc_exit"))
    sys_proc_exit = (proc_exit_fn *)addr;
  else if (foreign_streq(name, "mem_map"))
    sys_mem_map = (mem_map_fn *)addr;
  else if (foreign_streq(name, "mem_unmap"))
    sys_mem_unmap = (mem_unmap_fn *)addr;
  else if (foreign_streq(name, "clock_time_get"))
    sys_clock_time_get = (clock_time_get_fn *)addr;
  else if (foreign_streq(name, "random_get"))
    sys_random_get = (random_get_fn *)addr;
}

_Noreturn void _start(const cloudabi_auxv_t *auxv) {
  const void *vdso = NULL, *phdr = NULL, *base = NULL, *canary = NULL;
  const unsigned char *pid = NULL;
  size_t phnum = 0, pagesz = 0, canarylen = 0, ncpus = 0, tid = 0;
  int have_argdata = 0;
  for (const cloudabi_auxv_t *a = auxv; a->a_type != CLOUDABI_AT_NULL; a++) {
    switch (a->a_type) {
      case CLOUDABI_AT_SYSINFO_EHDR: vdso = a->a_ptr; break;
      case CLOUDABI_AT_PHDR: phdr = a->a_ptr; break;
      case CLOUDABI_AT_PHNUM: phnum = a->a_val; break;
      case CLOUDABI_AT_PAGESZ: pagesz = a->a_val; break;
      case CLOUDABI_AT_BASE: base = a->a_ptr; break;
      case CLOUDABI_AT_CANARY: canary = a->a_ptr; break;
      case CLOUDABI_AT_CANARYLEN: canarylen = a->a_val; break;
      case CLOUDABI_AT_NCPUS: ncpus = a->a_val; break;
      case CLOUDABI_AT_TID: tid = a->a_val; break;
      case CLOUDABI_AT_PID: pid = a->a_ptr; break;
      case CLOUDABI_AT_ARGDATA: have_argdata = 1; break;
      default: break;
    }
  }
  if (vdso == NULL)
    for (;;)
      __builtin_trap();  // nothing to report through
  uintptr_t tp = read_tp();
  unsigned nsymbols = foreign_vdso_scan(vdso, bind, NULL);
  if (sys_fd_write == NULL || sys_proc_exit == NULL)
    for (;;)
      __builtin_trap();
  if (nsymbols != 49)
    fail("the vDSO does not export 49 cloudabi_sys_ functions", 2);
  if (tp == 0)
    fail("%fs:0 holds no thread pointer at entry", 3);
  if (read_tp() != tp)
    fail("a system call changed %fs:0", 4);

  // The start-up contract.
  if (pagesz != 4096 || phnum == 0 || phdr == NULL || base == NULL || ncpus == 0)
    fail("missing or wrong PAGESZ, PHNUM, PHDR, BASE or NCPUS", 5);
  const Elf64_Phdr *ph = phdr;
  int found_self = 0;
  for (size_t i = 0; i < phnum; i++)
    if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_X) &&
        (uintptr_t)&_start >= (uintptr_t)base + ph[i].p_vaddr &&
        (uintptr_t)&_start < (uintptr_t)base + ph[i].p_vaddr + ph[i].p_memsz)
      found_self = 1;
  if (!found_self)
    fail("AT_PHDR/AT_BASE do not describe this program", 6);
  if (canary == NULL || canarylen != 64)
    fail("AT_CANARY must be 64 bytes", 7);
  if (tid < 2 || tid >= (1u << 30))
    fail("AT_TID out of range", 8);
  if (pid == NULL || (pid[6] & 0xf0) != 0x40 || (pid[8] & 0xc0) != 0x80)
    fail("AT_PID is not a version 4 UUID", 9);
  if (!have_argdata)
    fail("no AT_ARGDATA", 10);

  // mem_map has seven arguments: the last one travels on the stack.
  void *mem = NULL;
  if (sys_mem_map == NULL || sys_mem_unmap == NULL ||
      sys_mem_map(NULL, 8192, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                  CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &mem) != 0 ||
      mem == NULL)
    fail("mem_map", 11);
  volatile unsigned char *m = mem;
  m[0] = 1;
  m[8191] = 2;
  if (m[0] != 1 || m[8191] != 2 || sys_mem_unmap(mem, 8192) != 0)
    fail("mapped memory", 12);
  if (sys_mem_map(NULL, 4096, CLOUDABI_PROT_WRITE | CLOUDABI_PROT_EXEC,
                  CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE, CLOUDABI_MAP_ANON_FD, 0,
                  &mem) != CLOUDABI_ENOTSUP)
    fail("W^X mapping was not refused", 13);

  cloudabi_timestamp_t t1 = 0, t2 = 0;
  if (sys_clock_time_get == NULL ||
      sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 0, &t1) != 0 ||
      sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 0, &t2) != 0 || t2 < t1 || t1 == 0)
    fail("clock_time_get", 14);
  unsigned char r[32] = {0};
  int nonzero = 0;
  if (sys_random_get == NULL || sys_random_get(r, sizeof(r)) != 0)
    fail("random_get", 15);
  for (size_t i = 0; i < sizeof(r); i++)
    nonzero |= r[i];
  if (!nonzero)
    fail("random_get returned zeros", 16);
  // A bad pointer is reported, not fatal.
  if (sys_random_get((void *)16, 8) != CLOUDABI_EFAULT)
    fail("random_get accepted a bad buffer", 17);
  size_t n;
  cloudabi_ciovec_t bad = {.buf = (const void *)16, .buf_len = 4};
  if (sys_fd_write(0, &bad, 1, &n) != CLOUDABI_EFAULT)
    fail("fd_write accepted a bad buffer", 18);
  if (sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 0, (cloudabi_timestamp_t *)16) !=
      CLOUDABI_EFAULT)
    fail("clock_time_get wrote through a bad pointer", 19);
  cloudabi_ciovec_t ok = {.buf = "x", .buf_len = 1};
  if (sys_fd_write(7, &ok, 1, &n) != CLOUDABI_EBADF)
    fail("fd_write on an unknown fd", 20);
  if (read_tp() != tp)
    fail("%fs:0 changed across system calls", 21);

  say("hello from a foreign libc\n");
  sys_proc_exit(0);
  fail("proc_exit returned", 22);
}
