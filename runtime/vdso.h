// The in-memory vDSO image handed to the program as AT_SYSINFO_EHDR: just
// enough of an ELF shared object for a libc to find the 49
// cloudabi_sys_<name> functions by name (cloudabi-abi.md §9.4, §11.2).
#ifndef RUNTIME_VDSO_H
#define RUNTIME_VDSO_H

// Builds the image once; returns its address or NULL when out of memory.
const void *vdso_build(void);

#endif
