#include "syscalls.h"

// Filled by crt0 before relocation-sensitive code runs; lives in RELRO so
// that it is read-only once start-up is complete.
__attribute__((section(".data.rel.ro"))) cloudabi_syscall_table_t __cloudabi_syscalls;
