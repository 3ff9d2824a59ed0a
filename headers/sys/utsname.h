// <sys/utsname.h>: system identification.
//
// uname reports fixed values: sysname "CloudABI", release the version of
// the CloudABI ABI this libc implements ("1"), version the version of this
// libc, machine "x86_64".  They describe the interface a program runs on,
// not the host, whose identity is hidden.
//
// Omitted, and why:
//   struct utsname::nodename: the host name is not visible (no-sysinfo).
#ifndef _SYS_UTSNAME_H_
#define _SYS_UTSNAME_H_

#include <_/types.h>

#define _UTSNAME_LENGTH 32

struct utsname {
  char sysname[_UTSNAME_LENGTH];
  char release[_UTSNAME_LENGTH];
  char version[_UTSNAME_LENGTH];
  char machine[_UTSNAME_LENGTH];
};

_CLOUDLIBC_BEGIN

int uname(struct utsname *);

_CLOUDLIBC_END

#endif
