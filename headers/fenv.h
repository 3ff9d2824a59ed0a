// <fenv.h>: floating-point environment.
//
// The environment is both the SSE unit's (MXCSR: float and double
// arithmetic) and the x87 unit's (control and status words: long double
// arithmetic): every function reads or changes both, so that the flags seen
// are the union of the two and a rounding mode applies to all three types.
//
// Omitted, and why:
//   FE_DENORMAL is defined (x86's denormal-operand flag) but is not part of
//     FE_ALL_EXCEPT, as elsewhere on x86.
//   feenableexcept, fedisableexcept (GNU): unmasked floating-point traps
//     would deliver SIGFPE, which CloudABI processes cannot catch.
//   #pragma STDC FENV_ACCESS is the compiler's business; the library's own
//     functions are written to be correct without it.
#ifndef _FENV_H_
#define _FENV_H_

#define FE_INVALID 0x01
#define FE_DENORMAL 0x02
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT \
  (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

#define FE_TONEAREST 0x000
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

// The x87 environment as stored by fnstenv, followed by MXCSR.
typedef struct {
  unsigned short __control_word;
  unsigned short __reserved1;
  unsigned short __status_word;
  unsigned short __reserved2;
  unsigned short __tag_word;
  unsigned short __reserved3;
  unsigned int __fpu_ip;
  unsigned short __fpu_cs;
  unsigned short __fpu_opcode;
  unsigned int __fpu_dp;
  unsigned short __fpu_ds;
  unsigned short __reserved4;
  unsigned int __mxcsr;
} fenv_t;

#define FE_DFL_ENV ((const fenv_t *)-1)

int feclearexcept(int);
int fegetexceptflag(fexcept_t *, int);
int feraiseexcept(int);
int fesetexceptflag(const fexcept_t *, int);
int fetestexcept(int);
int fegetround(void);
int fesetround(int);
int fegetenv(fenv_t *);
int feholdexcept(fenv_t *);
int fesetenv(const fenv_t *);
int feupdateenv(const fenv_t *);

#endif
