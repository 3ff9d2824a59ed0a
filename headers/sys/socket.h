// <sys/socket.h>: unnamed sockets and descriptor passing.
//
// A CloudABI program cannot create sockets that have addresses: sockets
// come from socketpair() (AF_UNIX), or arrive as descriptors granted at
// start-up or received over another socket.  Those can carry data and,
// with SCM_RIGHTS, further descriptors.
//
// Omitted, and why:
//   socket, bind, connect, listen, accept, getpeername, getsockname,
//   recvfrom, sendto, SOMAXCONN, SOCK_RAW, struct msghdr::msg_name,
//   struct msghdr::msg_namelen: need the global network namespace
//   (global-net).
//   setsockopt, struct linger and the SO_* options other than SO_TYPE and
//   SO_ERROR, MSG_DONTROUTE: socket options cannot be changed (no-sockopt).
//   SOCK_SEQPACKET, MSG_EOR: not supported (no-seqpacket).
//   MSG_OOB, sockatmark: no out-of-band data (no-oob).
//
// Notes:
//   SOCK_STREAM and SOCK_DGRAM equal CloudABI's socket file types;
//   getsockopt(SO_TYPE) reports the type of the descriptor, SO_ERROR is
//   always 0 (errors are reported by the calls themselves); other levels
//   (IPPROTO_TCP with the <netinet/tcp.h> names) fail with ENOPROTOOPT.
//   MSG_PEEK and MSG_WAITALL are passed to the system; MSG_NOSIGNAL is
//   accepted and changes nothing (SIGPIPE is ignored by default, writing to
//   a closed socket gives EPIPE).  recvmsg() reports MSG_TRUNC when data did
//   not fit and MSG_CTRUNC when passed descriptors did not fit in
//   msg_control (the system closes those).  recvmsg() stores all received
//   descriptors in a single SCM_RIGHTS message.  Received descriptors carry
//   the rights they had when sent, as far as the system allows.
//   socketpair() accepts protocol 0 only.
#ifndef _SYS_SOCKET_H_
#define _SYS_SOCKET_H_

#include <_/posix_types.h>
#include <_/struct_iovec.h>

#ifndef _SOCKLEN_T_DECLARED
#define _SOCKLEN_T_DECLARED
typedef __socklen_t socklen_t;
#endif
#ifndef _SA_FAMILY_T_DECLARED
#define _SA_FAMILY_T_DECLARED
typedef __sa_family_t sa_family_t;
#endif
#ifndef _SSIZE_T_DECLARED
#define _SSIZE_T_DECLARED
typedef __ssize_t ssize_t;
#endif

struct sockaddr {
  sa_family_t sa_family;
  char sa_data[14];
};

struct sockaddr_storage {
  sa_family_t ss_family;
  char __ss_pad1[6];
  __INT64_TYPE__ __ss_align;
  char __ss_pad2[112];
};

struct msghdr {
  struct iovec *msg_iov;
  int msg_iovlen;
  void *msg_control;
  socklen_t msg_controllen;
  int msg_flags;
};

struct cmsghdr {
  socklen_t cmsg_len;
  int cmsg_level;
  int cmsg_type;
};

// Ancillary data objects are aligned to 8 bytes.
#define __CMSG_ALIGN(len) (((len) + 7) & ~(size_t)7)
#define CMSG_DATA(cmsg) ((unsigned char *)(cmsg) + __CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(len) (__CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_SPACE(len) (__CMSG_ALIGN(sizeof(struct cmsghdr)) + __CMSG_ALIGN(len))
#define CMSG_FIRSTHDR(mhdr)                                   \
  ((mhdr)->msg_controllen >= sizeof(struct cmsghdr)           \
       ? (struct cmsghdr *)(mhdr)->msg_control                \
       : (struct cmsghdr *)0)
#define CMSG_NXTHDR(mhdr, cmsg) __cmsg_nxthdr(mhdr, cmsg)

// The header following `cmsg`, or null when no complete header (whose
// cmsg_len also fits) follows it within msg_control, or when `cmsg` itself
// is malformed (shorter than a header, which would never advance).
static __inline struct cmsghdr *__cmsg_nxthdr(const struct msghdr *__m,
                                              const struct cmsghdr *__c) {
  if (__c == (const struct cmsghdr *)0)
    return CMSG_FIRSTHDR(__m);
  const unsigned char *__end =
      (const unsigned char *)__m->msg_control + __m->msg_controllen;
  const unsigned char *__next = (const unsigned char *)__c + __CMSG_ALIGN(__c->cmsg_len);
  if (__c->cmsg_len < sizeof(struct cmsghdr) || __next >= __end ||
      (size_t)(__end - __next) < sizeof(struct cmsghdr))
    return (struct cmsghdr *)0;
  // A following header being filled in may still have length 0; one that
  // claims more than is left is not returned.
  if (((const struct cmsghdr *)__next)->cmsg_len > (size_t)(__end - __next))
    return (struct cmsghdr *)0;
  return (struct cmsghdr *)__next;
}

#define SOCK_DGRAM 0x80
#define SOCK_STREAM 0x82

#define AF_UNSPEC 0
#define AF_INET 1
#define AF_INET6 2
#define AF_UNIX 3
#define PF_UNSPEC AF_UNSPEC
#define PF_INET AF_INET
#define PF_INET6 AF_INET6
#define PF_UNIX AF_UNIX

#define SOL_SOCKET 0x7fffffff
#define SO_TYPE 1
#define SO_ERROR 2
#define SCM_RIGHTS 1

// Flags: the values of CloudABI's riflags and roflags where they exist.
#define MSG_CTRUNC 0x0001
#define MSG_PEEK 0x0004
#define MSG_TRUNC 0x0008
#define MSG_WAITALL 0x0010
#define MSG_NOSIGNAL 0x0400

#define SHUT_RD 1
#define SHUT_WR 2
#define SHUT_RDWR (SHUT_RD | SHUT_WR)

_CLOUDLIBC_BEGIN
int getsockopt(int, int, int, void *_CLOUDLIBC_RESTRICT, socklen_t *_CLOUDLIBC_RESTRICT);
ssize_t recv(int, void *, size_t, int);
ssize_t recvmsg(int, struct msghdr *, int);
ssize_t send(int, const void *, size_t, int);
ssize_t sendmsg(int, const struct msghdr *, int);
int shutdown(int, int);
int socketpair(int, int, int, int[2]);
_CLOUDLIBC_END

#endif
