// sock_send / sock_recv / sock_shutdown, including descriptor passing.
#include <harness.h>

#include "sys_test.h"

static cloudabi_errno_t send_msg(cloudabi_fd_t s, const char *data, const cloudabi_fd_t *fds,
                                 size_t nfds, size_t *sent) {
  cloudabi_ciovec_t iov = {.buf = data, .buf_len = strlen(data)};
  cloudabi_send_in_t in = {.si_data = &iov, .si_data_len = 1, .si_fds = fds, .si_fds_len = nfds};
  cloudabi_send_out_t out;
  cloudabi_errno_t e = cloudabi_sys_sock_send(s, &in, &out);
  if (e == 0)
    *sent = out.so_datalen;
  return e;
}

TEST(data_and_descriptors_travel) {
  cloudabi_fd_t a, b, x, y;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_DGRAM, &a, &b), 0);
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &x, &y), 0);
  size_t sent;
  ASSERT_EQ(send_msg(a, "with fd", &x, 1, &sent), 0);
  ASSERT_EQ(sent, 7);
  char buf[16];
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = sizeof(buf)};
  cloudabi_fd_t got[2] = {4000, 4000};
  cloudabi_recv_in_t in = {.ri_data = &iov, .ri_data_len = 1, .ri_fds = got, .ri_fds_len = 2};
  cloudabi_recv_out_t out;
  ASSERT_EQ(cloudabi_sys_sock_recv(b, &in, &out), 0);
  ASSERT_EQ(out.ro_datalen, 7);
  ASSERT_MEMEQ(buf, "with fd", 7);
  ASSERT_EQ(out.ro_fdslen, 1);
  ASSERT_EQ(out.ro_flags, 0);
  // The received number is a new descriptor for x's socket.
  ASSERT_NE(got[0], x);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(got[0], &st), 0);
  ASSERT_EQ(st.fs_filetype, CLOUDABI_FILETYPE_SOCKET_STREAM);
  size_t n;
  ASSERT_EQ(sys_test_write(got[0], "through", &n), 0);
  ASSERT_EQ(sys_test_read(y, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 7);
  ASSERT_MEMEQ(buf, "through", 7);
  cloudabi_sys_fd_close(got[0]);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
  cloudabi_sys_fd_close(x);
  cloudabi_sys_fd_close(y);
}

TEST(truncation_is_reported) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_DGRAM, &a, &b), 0);
  cloudabi_fd_t two[2] = {a, b};
  size_t sent;
  ASSERT_EQ(send_msg(a, "0123456789", two, 2, &sent), 0);
  char buf[4];
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = sizeof(buf)};
  cloudabi_fd_t got[1];
  cloudabi_recv_in_t in = {.ri_data = &iov, .ri_data_len = 1, .ri_fds = got, .ri_fds_len = 1};
  cloudabi_recv_out_t out;
  ASSERT_EQ(cloudabi_sys_sock_recv(b, &in, &out), 0);
  ASSERT_EQ(out.ro_datalen, 4);
  ASSERT_EQ(out.ro_fdslen, 1);
  ASSERT_EQ(out.ro_flags,
            CLOUDABI_SOCK_RECV_DATA_TRUNCATED | CLOUDABI_SOCK_RECV_FDS_TRUNCATED);
  cloudabi_sys_fd_close(got[0]);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
}

TEST(peek_leaves_data) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  size_t sent;
  ASSERT_EQ(send_msg(a, "abc", NULL, 0, &sent), 0);
  char buf[8];
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = sizeof(buf)};
  cloudabi_recv_in_t in = {.ri_data = &iov, .ri_data_len = 1,
                           .ri_flags = CLOUDABI_SOCK_RECV_PEEK};
  cloudabi_recv_out_t out;
  ASSERT_EQ(cloudabi_sys_sock_recv(b, &in, &out), 0);
  ASSERT_EQ(out.ro_datalen, 3);
  in.ri_flags = 0;
  ASSERT_EQ(cloudabi_sys_sock_recv(b, &in, &out), 0);
  ASSERT_EQ(out.ro_datalen, 3);
  in.ri_flags = 0x100;
  ASSERT_EQ(cloudabi_sys_sock_recv(b, &in, &out), CLOUDABI_EINVAL);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
}

TEST(invalid_sends) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fd_t bad = 4000;
  size_t sent;
  ASSERT_EQ(send_msg(a, "x", &bad, 1, &sent), CLOUDABI_EBADF);
  cloudabi_ciovec_t iov = {.buf = "x", .buf_len = 1};
  cloudabi_send_in_t in = {.si_data = &iov, .si_data_len = 1, .si_flags = 1};
  cloudabi_send_out_t out;
  ASSERT_EQ(cloudabi_sys_sock_send(a, &in, &out), CLOUDABI_EINVAL);
  // Not a socket / no right.
  ASSERT_EQ(send_msg((cloudabi_fd_t)test_tmpdir(), "x", NULL, 0, &sent), CLOUDABI_ENOTCAPABLE);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
}

TEST(shutdown) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  ASSERT_EQ(cloudabi_sys_sock_shutdown(a, 0), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_sock_shutdown(a, 4), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_sock_shutdown(a, CLOUDABI_SHUT_WR), 0);
  char buf[4];
  size_t n = 99;
  ASSERT_EQ(sys_test_read(b, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 0);
  ASSERT_EQ(sys_test_write(a, "x", &n), CLOUDABI_EPIPE);
  ASSERT_EQ(cloudabi_sys_sock_shutdown((cloudabi_fd_t)test_tmpdir(), CLOUDABI_SHUT_RD),
            CLOUDABI_ENOTCAPABLE);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
}
