// <sys/random.h>: random bytes for seeding.
//
// getentropy fills a buffer of at most 256 bytes from the same generator as
// arc4random_buf (<stdlib.h>), which CloudABI seeds from random_get; as on
// musl, glibc and wasi-libc, it is the call portable code uses to seed
// itself (CPython's hash randomization, for one).
//
// Omitted, and why:
//   getrandom, GRND_*: Linux's system call interface; getentropy and
//   arc4random_buf cover its uses.
#ifndef _SYS_RANDOM_H_
#define _SYS_RANDOM_H_

#include <_/types.h>

_CLOUDLIBC_BEGIN

int getentropy(void *, size_t);

_CLOUDLIBC_END

#endif
