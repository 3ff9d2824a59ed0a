// Internal: fd_set and the FD_* operations, for <sys/select.h> and
// <sys/time.h>.
//
// Descriptor numbers are not meant to matter on CloudABI (a system may hand
// them out in any order), so fd_set is not a bitmap indexed by number: it is
// a list of up to FD_SETSIZE descriptors.  Any non-negative number can be
// stored; FD_SET on a full set, or with a negative number, changes nothing.
// FD_COPY(from, to) is an extension.
#ifndef ___FD_SET_H_
#define ___FD_SET_H_

#include <_/types.h>

#define FD_SETSIZE 1024

typedef struct {
  size_t __nfds;
  int __fds[FD_SETSIZE];
} fd_set;

static __inline void __fd_set_clr(int __fd, fd_set *__set) {
  for (size_t __i = 0; __i < __set->__nfds; ++__i) {
    if (__set->__fds[__i] == __fd) {
      __set->__fds[__i] = __set->__fds[--__set->__nfds];
      return;
    }
  }
}

static __inline int __fd_set_isset(int __fd, const fd_set *__set) {
  for (size_t __i = 0; __i < __set->__nfds; ++__i)
    if (__set->__fds[__i] == __fd)
      return 1;
  return 0;
}

static __inline void __fd_set_set(int __fd, fd_set *__set) {
  if (__fd < 0 || __fd_set_isset(__fd, __set) || __set->__nfds >= FD_SETSIZE)
    return;
  __set->__fds[__set->__nfds++] = __fd;
}

static __inline void __fd_set_copy(const fd_set *__from, fd_set *__to) {
  __to->__nfds = __from->__nfds;
  for (size_t __i = 0; __i < __from->__nfds; ++__i)
    __to->__fds[__i] = __from->__fds[__i];
}

#define FD_CLR(fd, set) __fd_set_clr(fd, set)
#define FD_ISSET(fd, set) __fd_set_isset(fd, set)
#define FD_SET(fd, set) __fd_set_set(fd, set)
#define FD_ZERO(set) ((void)((set)->__nfds = 0))
#define FD_COPY(from, to) __fd_set_copy(from, to)

#endif
