// <dlfcn.h>: dynamic linking.
//
// A CloudABI program is one statically linked executable, so nothing can
// be loaded at run time; what remains is dladdr, which tells whether an
// address lies in the executable and, when the executable carries a
// dynamic symbol table with a DT_HASH index (link with --export-dynamic
// and --hash-style=sysv or both), which exported symbol contains it.
// dli_fname is the empty string, as glibc reports the main program.
//
// Omitted, and why:
//   RTLD_GLOBAL, RTLD_LAZY, RTLD_LOCAL, RTLD_NOW, dlclose, dlerror, dlopen,
//   dlsym: no run-time loading of shared objects (no-dlopen).
#ifndef _DLFCN_H_
#define _DLFCN_H_

#include <_/types.h>

typedef struct {
  const char *dli_fname;  // the object's path name ("" for the program)
  void *dli_fbase;        // its load address
  const char *dli_sname;  // the nearest symbol at or below the address
  void *dli_saddr;        // that symbol's address
} Dl_info;

_CLOUDLIBC_BEGIN

int dladdr(const void *, Dl_info *);

_CLOUDLIBC_END

#endif
