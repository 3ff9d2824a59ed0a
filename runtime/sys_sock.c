// Socket system calls: sock_recv, sock_send (with descriptor passing) and
// sock_shutdown.  Sockets only come from fd_create2, the configuration or
// received descriptors; there is nothing to bind or connect.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errno_map.h"
#include "fd_table.h"
#include "guest_mem.h"
#include "rights.h"
#include "syscalls.h"

// Linux passes at most SCM_MAX_FD (253) descriptors per message.
#define MAX_PASSED_FDS 253

// Installs a received host descriptor with the maximum rights of its type
// (the sender's rights do not travel).  Returns false if it cannot be
// represented, in which case it is closed.
// A pidfd: a process descriptor sent by another program (or by this
// one).  Signal 0 only checks; it fails with EBADF on anything else, and
// with EPERM when the process is out of reach (say, a sandbox scoping
// signals), which still makes it a pidfd.
static bool host_is_pidfd(int host) {
  return syscall(SYS_pidfd_send_signal, host, 0, NULL, 0) == 0 || errno == ESRCH ||
         errno == EPERM;
}

static bool install_received(int host, cloudabi_fd_t *fd) {
  cloudabi_filetype_t type;
  bool tty;
  if (fd_host_type(host, &type, &tty) != 0) {
    if (!host_is_pidfd(host)) {
      close(host);
      return false;
    }
    // Not a child of this process as far as the runtime knows: it can be
    // held, passed on and closed (which kills nobody); waiting for it is
    // ECHILD, as for descriptors inherited through proc_fork.
    struct fd_object *o = fd_object_new(host, CLOUDABI_FILETYPE_PROCESS);
    if (o == NULL) {
      close(host);
      return false;
    }
    if (fd_table_insert(o, RIGHTS_PROCESS_BASE, 0, fd) != 0) {
      fd_object_unref(o);
      return false;
    }
    return true;
  }
  cloudabi_rights_t base, inheriting;
  rights_max_for_type(type, tty, &base, &inheriting);
  struct fd_object *o = fd_object_new(host, type);
  if (o == NULL) {
    close(host);
    return false;
  }
  o->listening = type == CLOUDABI_FILETYPE_SOCKET_STREAM && fd_host_is_listening(host);
  if (fd_table_insert(o, base, inheriting, fd) != 0) {
    fd_object_unref(o);
    return false;
  }
  return true;
}

// A listening socket delivers each accepted connection as an empty
// message carrying one descriptor (cloudabi-run(1), SOCKETS).
static cloudabi_errno_t receive_connection(struct fd_object *listener,
                                           const cloudabi_recv_in_t *ri,
                                           cloudabi_recv_out_t *out) {
  if (ri->ri_fds_len == 0)
    return CLOUDABI_EINVAL;  // no room for the connection: do not accept it
  int conn = accept4(listener->host_fd, NULL, NULL, SOCK_CLOEXEC);
  if (conn < 0)
    return errno_current();
  cloudabi_fd_t fd;
  if (!install_received(conn, &fd))
    return CLOUDABI_EMFILE;
  cloudabi_recv_out_t ro;
  memset(&ro, 0, sizeof(ro));
  ro.ro_fdslen = 1;
  cloudabi_errno_t e = guest_copy_out(ri->ri_fds, &fd, sizeof(fd));
  if (e == 0)
    e = guest_copy_out(out, &ro, sizeof(ro));
  if (e != 0)
    fd_table_close(fd);
  return e;
}

cloudabi_errno_t sys_sock_recv(cloudabi_fd_t sock, const cloudabi_recv_in_t *in,
                               cloudabi_recv_out_t *out) {
  cloudabi_recv_in_t ri;
  cloudabi_errno_t e = guest_copy_in(&ri, in, sizeof(ri));
  if (e != 0)
    return e;
  const cloudabi_riflags_t known = CLOUDABI_SOCK_RECV_PEEK | CLOUDABI_SOCK_RECV_WAITALL;
  if ((ri.ri_flags & ~known) != 0 || ri.ri_data_len > IOV_MAX)
    return CLOUDABI_EINVAL;
  size_t nfds = ri.ri_fds_len < MAX_PASSED_FDS ? ri.ri_fds_len : MAX_PASSED_FDS;
  struct fd_entry s;
  if ((e = fd_table_get(sock, CLOUDABI_RIGHT_FD_READ, 0, &s)) != 0)
    return e;
  if (s.object->listening) {
    e = (ri.ri_flags & CLOUDABI_SOCK_RECV_PEEK) ? CLOUDABI_EINVAL
                                                 : receive_connection(s.object, &ri, out);
    fd_object_unref(s.object);
    return e;
  }

  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(MAX_PASSED_FDS * sizeof(int))];
  } control;
  struct msghdr msg = {
      .msg_iov = (struct iovec *)ri.ri_data,  // same layout; the kernel checks it
      .msg_iovlen = ri.ri_data_len,
      .msg_control = nfds > 0 ? control.buf : NULL,
      .msg_controllen = nfds > 0 ? CMSG_SPACE(nfds * sizeof(int)) : 0,
  };
  int flags = MSG_CMSG_CLOEXEC;
  if (ri.ri_flags & CLOUDABI_SOCK_RECV_PEEK)
    flags |= MSG_PEEK;
  if (ri.ri_flags & CLOUDABI_SOCK_RECV_WAITALL)
    flags |= MSG_WAITALL;
  ssize_t n = recvmsg(s.object->host_fd, &msg, flags);
  e = n < 0 ? errno_current() : 0;
  fd_object_unref(s.object);
  if (e != 0)
    return e;

  cloudabi_recv_out_t ro;
  memset(&ro, 0, sizeof(ro));
  ro.ro_datalen = (size_t)n;
  if (msg.msg_flags & MSG_TRUNC)
    ro.ro_flags |= CLOUDABI_SOCK_RECV_DATA_TRUNCATED;
  if (msg.msg_flags & MSG_CTRUNC)
    ro.ro_flags |= CLOUDABI_SOCK_RECV_FDS_TRUNCATED;
  cloudabi_fd_t installed[MAX_PASSED_FDS];
  size_t ninstalled = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
      continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t i = 0; i < count; i++) {
      int host;
      memcpy(&host, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
      if (ninstalled < nfds && install_received(host, &installed[ninstalled]))
        ninstalled++;
      else
        ro.ro_flags |= CLOUDABI_SOCK_RECV_FDS_TRUNCATED;
    }
  }
  ro.ro_fdslen = ninstalled;
  e = guest_copy_out(ri.ri_fds, installed, ninstalled * sizeof(cloudabi_fd_t));
  if (e == 0)
    e = guest_copy_out(out, &ro, sizeof(ro));
  if (e != 0)
    for (size_t i = 0; i < ninstalled; i++)
      fd_table_close(installed[i]);
  return e;
}

cloudabi_errno_t sys_sock_send(cloudabi_fd_t sock, const cloudabi_send_in_t *in,
                               cloudabi_send_out_t *out) {
  cloudabi_send_in_t si;
  cloudabi_errno_t e = guest_copy_in(&si, in, sizeof(si));
  if (e != 0)
    return e;
  if (si.si_flags != 0 || si.si_data_len > IOV_MAX)
    return CLOUDABI_EINVAL;
  if (si.si_fds_len > MAX_PASSED_FDS)
    return CLOUDABI_EINVAL;
  cloudabi_fd_t fds[MAX_PASSED_FDS];
  if ((e = guest_copy_in(fds, si.si_fds, si.si_fds_len * sizeof(cloudabi_fd_t))) != 0)
    return e;

  // Hold references to every passed object until the message is sent.
  struct fd_object *objects[MAX_PASSED_FDS];
  size_t held = 0;
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(MAX_PASSED_FDS * sizeof(int))];
  } control;
  for (; held < si.si_fds_len; held++) {
    struct fd_entry p;
    if ((e = fd_table_get(fds[held], 0, 0, &p)) != 0)
      goto release;
    objects[held] = p.object;
  }
  struct fd_entry s;
  if ((e = fd_table_get(sock, CLOUDABI_RIGHT_FD_WRITE, 0, &s)) != 0)
    goto release;
  struct msghdr msg = {
      .msg_iov = (struct iovec *)si.si_data,
      .msg_iovlen = si.si_data_len,
  };
  if (held > 0) {
    msg.msg_control = control.buf;
    msg.msg_controllen = CMSG_SPACE(held * sizeof(int));
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(held * sizeof(int));
    for (size_t i = 0; i < held; i++)
      memcpy(CMSG_DATA(c) + i * sizeof(int), &objects[i]->host_fd, sizeof(int));
  }
  ssize_t n = sendmsg(s.object->host_fd, &msg, MSG_NOSIGNAL);
  e = n < 0 ? errno_current() : 0;
  fd_object_unref(s.object);
  if (e == 0) {
    cloudabi_send_out_t so = {.so_datalen = (size_t)n};
    e = guest_copy_out(out, &so, sizeof(so));
  }
release:
  for (size_t i = 0; i < held; i++)
    fd_object_unref(objects[i]);
  return e;
}

cloudabi_errno_t sys_sock_shutdown(cloudabi_fd_t sock, cloudabi_sdflags_t how) {
  int h;
  switch (how) {
    case CLOUDABI_SHUT_RD: h = SHUT_RD; break;
    case CLOUDABI_SHUT_WR: h = SHUT_WR; break;
    case CLOUDABI_SHUT_RD | CLOUDABI_SHUT_WR: h = SHUT_RDWR; break;
    default: return CLOUDABI_EINVAL;
  }
  struct fd_entry s;
  cloudabi_errno_t e = fd_table_get(sock, CLOUDABI_RIGHT_SOCK_SHUTDOWN, 0, &s);
  if (e != 0)
    return e;
  if (shutdown(s.object->host_fd, h) != 0)
    e = errno_current();
  fd_object_unref(s.object);
  return e;
}
