// A small server on a listening socket granted by the launcher
// (`!listen {address: ...}` as the whole configuration, so it is fd 0):
// it takes two connections through sock_recv, answers each line it reads
// with "echo: LINE" and exits 0.  Freestanding, like foreign_hello.c; the
// client side is tests/host/listen_client.c.
#include <stddef.h>
#include <stdint.h>

#include <cloudabi_types.h>

#include "foreign_vdso.h"

static cloudabi_errno_t (*sys_sock_recv)(cloudabi_fd_t, const cloudabi_recv_in_t *,
                                         cloudabi_recv_out_t *);
static cloudabi_errno_t (*sys_fd_read)(cloudabi_fd_t, const cloudabi_iovec_t *, size_t, size_t *);
static cloudabi_errno_t (*sys_fd_write)(cloudabi_fd_t, const cloudabi_ciovec_t *, size_t,
                                        size_t *);
static cloudabi_errno_t (*sys_fd_close)(cloudabi_fd_t);
static void (*sys_proc_exit)(cloudabi_exitcode_t);

static void bind(const char *name, uintptr_t a, void *ctx) {
  (void)ctx;
  if (foreign_streq(name, "sock_recv")) sys_sock_recv = (void *)a;
  else if (foreign_streq(name, "fd_read")) sys_fd_read = (void *)a;
  else if (foreign_streq(name, "fd_write")) sys_fd_write = (void *)a;
  else if (foreign_streq(name, "fd_close")) sys_fd_close = (void *)a;
  else if (foreign_streq(name, "proc_exit")) sys_proc_exit = (void *)a;
}

// Exit codes name the step that failed.
static void check(int ok, int code) {
  if (!ok)
    sys_proc_exit((cloudabi_exitcode_t)code);
}

static void serve(cloudabi_fd_t conn) {
  char reply[160] = "echo: ";
  size_t len = 6;
  // Read up to and including the newline.
  while (len < sizeof(reply) && (len == 6 || reply[len - 1] != '\n')) {
    cloudabi_iovec_t iov = {.buf = reply + len, .buf_len = sizeof(reply) - len};
    size_t n = 0;
    check(sys_fd_read(conn, &iov, 1, &n) == 0 && n > 0, 20);
    len += n;
  }
  size_t done = 0;
  while (done < len) {
    cloudabi_ciovec_t iov = {.buf = reply + done, .buf_len = len - done};
    size_t n = 0;
    check(sys_fd_write(conn, &iov, 1, &n) == 0 && n > 0, 21);
    done += n;
  }
  check(sys_fd_close(conn) == 0, 22);
}

_Noreturn void _start(const cloudabi_auxv_t *auxv) {
  if (foreign_self_relocate(auxv) != 0)
    for (;;)
      __builtin_trap();
  const void *vdso = NULL;
  for (const cloudabi_auxv_t *a = auxv; a->a_type != CLOUDABI_AT_NULL; a++)
    if (a->a_type == CLOUDABI_AT_SYSINFO_EHDR)
      vdso = a->a_ptr;
  if (vdso == NULL)
    for (;;)
      __builtin_trap();
  foreign_vdso_scan(vdso, bind, NULL);
  if (sys_proc_exit == NULL)
    for (;;)
      __builtin_trap();
  check(sys_sock_recv != NULL && sys_fd_read != NULL && sys_fd_write != NULL &&
            sys_fd_close != NULL, 10);
  for (int i = 0; i < 2; i++) {
    // An accepted connection arrives as a descriptor on an empty message.
    cloudabi_fd_t conn = 0xffff;
    cloudabi_recv_in_t in = {.ri_fds = &conn, .ri_fds_len = 1};
    cloudabi_recv_out_t out;
    check(sys_sock_recv(0, &in, &out) == 0, 11);
    check(out.ro_fdslen == 1 && out.ro_datalen == 0 && conn != 0 && conn != 0xffff, 12);
    serve(conn);
  }
  sys_proc_exit(0);
  for (;;)
    __builtin_trap();
}
