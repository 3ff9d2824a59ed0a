// Freestanding CloudABI program for the runtime's exit-status tests.  The
// configuration is one string naming what to do:
//   "exit:N"       proc_exit(N)
//   "raise:N"      proc_raise(N) (CloudABI signal number), then exit 99
//   "segv"         store through a null pointer
//   "badsignal"    exit 0 if proc_raise refuses signal numbers 0 and 200
// Argdata of a string is 0x08, the bytes, then a NUL: the text is taken
// from byte 1 onwards.
#include <stddef.h>
#include <stdint.h>

#include <cloudabi_types.h>

#include "foreign_vdso.h"

typedef void proc_exit_fn(cloudabi_exitcode_t);
typedef cloudabi_errno_t proc_raise_fn(cloudabi_signal_t);

static proc_exit_fn *sys_proc_exit;
static proc_raise_fn *sys_proc_raise;

static void bind(const char *name, uintptr_t addr, void *ctx) {
  (void)ctx;
  if (foreign_streq(name, "proc_exit"))
    sys_proc_exit = (proc_exit_fn *)addr;
  else if (foreign_streq(name, "proc_raise"))
    sys_proc_raise = (proc_raise_fn *)addr;
}

static int starts(const char *s, const char *p) {
  while (*p != '\0')
    if (*s++ != *p++)
      return 0;
  return 1;
}

static unsigned number(const char *s) {
  unsigned v = 0;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (unsigned)(*s++ - '0');
  return v;
}

_Noreturn void _start(const cloudabi_auxv_t *auxv) {
  const void *vdso = NULL;
  const char *arg = NULL;
  size_t arglen = 0;
  for (const cloudabi_auxv_t *a = auxv; a->a_type != CLOUDABI_AT_NULL; a++) {
    if (a->a_type == CLOUDABI_AT_SYSINFO_EHDR)
      vdso = a->a_ptr;
    else if (a->a_type == CLOUDABI_AT_ARGDATA)
      arg = a->a_ptr;
    else if (a->a_type == CLOUDABI_AT_ARGDATALEN)
      arglen = a->a_val;
  }
  if (vdso != NULL)
    foreign_vdso_scan(vdso, bind, NULL);
  if (sys_proc_exit == NULL || sys_proc_raise == NULL || arg == NULL || arglen < 2 ||
      arg[0] != 0x08)
    for (;;)
      __builtin_trap();
  const char *cmd = arg + 1;
  if (starts(cmd, "exit:"))
    sys_proc_exit(number(cmd + 5));
  if (starts(cmd, "raise:")) {
    sys_proc_raise((cloudabi_signal_t)number(cmd + 6));
    sys_proc_exit(99);
  }
  if (starts(cmd, "segv")) {
    *(volatile int *)(uintptr_t)8 = 1;
    sys_proc_exit(98);
  }
  if (starts(cmd, "badsignal"))
    sys_proc_exit(sys_proc_raise(0) == CLOUDABI_EINVAL && sys_proc_raise(200) == CLOUDABI_EINVAL
                      ? 0 : 1);
  sys_proc_exit(97);
  for (;;)
    __builtin_trap();
}
