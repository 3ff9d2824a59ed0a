// Internal: the underlying types of the POSIX typedefs that several public
// headers share (<sys/types.h>, <sys/stat.h>, <fcntl.h>, <time.h>, ...).
// Each public header declares only the names it is specified to provide,
// guarded by _<NAME>_DECLARED so that repeated declarations are harmless.
#ifndef ___POSIX_TYPES_H_
#define ___POSIX_TYPES_H_

#include <_/types.h>

typedef __UINT64_TYPE__ __dev_t;      // cloudabi_device_t
typedef __UINT64_TYPE__ __ino_t;      // cloudabi_inode_t
typedef __UINT32_TYPE__ __mode_t;
typedef __UINT32_TYPE__ __nlink_t;    // cloudabi_linkcount_t
typedef __INT64_TYPE__ __suseconds_t;
typedef __UINT32_TYPE__ __useconds_t;
typedef __UINT32_TYPE__ __clockid_t;  // cloudabi_clockid_t
typedef __INT64_TYPE__ __clock_t;
typedef __UINT32_TYPE__ __socklen_t;
typedef __UINT16_TYPE__ __sa_family_t;
typedef __UINT64_TYPE__ __nfds_t;

#endif
