// <execinfo.h>: backtraces of the calling thread.
//
// backtrace follows the chain of frame pointers, so it sees the frames of
// functions compiled with frame pointers (-fno-omit-frame-pointer; at -O1
// and above compilers omit them unless asked).  It stops at the first
// frame whose saved frame pointer does not lead further up the stack
// (within 1 MiB of the previous frame, properly aligned), so a frame
// without a frame pointer ends the trace early rather than crashing it.
// The executable's symbol table is not readable at run time, so
// backtrace_symbols and backtrace_symbols_fd print each address with its
// offset from the executable's load address ("0x7f12... (+0x1a2b)"), which
// llvm-symbolizer or addr2line map back to functions and lines.
//
// Extensions: the whole header (BSD and glibc; not POSIX).
#ifndef _EXECINFO_H_
#define _EXECINFO_H_

#include <_/types.h>

_CLOUDLIBC_BEGIN

int backtrace(void **, int);
char **backtrace_symbols(void *const *, int);
void backtrace_symbols_fd(void *const *, int, int);

_CLOUDLIBC_END

#endif
