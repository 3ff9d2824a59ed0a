// <setjmp.h>: non-local jumps.
//
// A jmp_buf holds the callee-saved registers, the stack pointer, the
// return address and the SafeStack unsafe stack pointer of the calling
// thread, which longjmp restores too (so address-taken locals of the
// function that called setjmp are where they were).  setjmp and longjmp
// leave the signal mask alone (as in musl and glibc), as do the
// traditional _setjmp and _longjmp; sigsetjmp with a non-zero savemask
// also saves the calling thread's signal mask, which siglongjmp restores
// (delivering pending signals it unblocks, see <signal.h>).
//
// Nothing standard is omitted.
#ifndef _SETJMP_H_
#define _SETJMP_H_

#include <_/types.h>

typedef struct {
  unsigned long __regs[10];  // rbx rbp r12 r13 r14 r15 rsp rip unsafe-sp sigmask
} jmp_buf[1], sigjmp_buf[1];

_CLOUDLIBC_BEGIN

int setjmp(jmp_buf) __attribute__((__returns_twice__));
int _setjmp(jmp_buf) __attribute__((__returns_twice__));
int sigsetjmp(sigjmp_buf, int) __attribute__((__returns_twice__));
_CLOUDLIBC_NORETURN void longjmp(jmp_buf, int);
_CLOUDLIBC_NORETURN void _longjmp(jmp_buf, int);
_CLOUDLIBC_NORETURN void siglongjmp(sigjmp_buf, int);

_CLOUDLIBC_END

#define setjmp setjmp

#endif
