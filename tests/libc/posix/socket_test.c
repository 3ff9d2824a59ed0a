// socketpair(), send/recv, sendmsg/recvmsg with SCM_RIGHTS, shutdown,
// getsockopt.
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include "posixtest.h"

TEST(socketpair_stream) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(send(s[0], "ping", 4, 0), 4);
  char buf[16];
  ASSERT_EQ(recv(s[1], buf, 2, MSG_PEEK), 2);
  ASSERT_MEMEQ(buf, "pi", 2);
  ASSERT_EQ(recv(s[1], buf, sizeof(buf), 0), 4);
  ASSERT_MEMEQ(buf, "ping", 4);
  // Both directions; read()/write() work too.
  ASSERT_EQ(write(s[1], "pong", 4), 4);
  ASSERT_EQ(read(s[0], buf, sizeof(buf)), 4);
  ASSERT_MEMEQ(buf, "pong", 4);
  // MSG_WAITALL collects two sends.
  ASSERT_EQ(send(s[0], "ab", 2, MSG_NOSIGNAL), 2);
  ASSERT_EQ(send(s[0], "cd", 2, 0), 2);
  ASSERT_EQ(recv(s[1], buf, 4, MSG_WAITALL), 4);
  ASSERT_MEMEQ(buf, "abcd", 4);
  struct stat st;
  ASSERT_EQ(fstat(s[0], &st), 0);
  ASSERT_TRUE(S_ISSOCK(st.st_mode));
  int type;
  socklen_t len = sizeof(type);
  ASSERT_EQ(getsockopt(s[0], SOL_SOCKET, SO_TYPE, &type, &len), 0);
  ASSERT_EQ(type, SOCK_STREAM);
  ASSERT_EQ(len, sizeof(int));
  int err = -1;
  ASSERT_EQ(getsockopt(s[0], SOL_SOCKET, SO_ERROR, &err, &len), 0);
  ASSERT_EQ(err, 0);
  ASSERT_ERRNO(getsockopt(s[0], SOL_SOCKET, 999, &err, &len), ENOPROTOOPT);
  ASSERT_ERRNO(getsockopt(s[0], 6, SO_TYPE, &err, &len), ENOPROTOOPT);
  // <netinet/tcp.h> names the options; their level is not answered.
  ASSERT_ERRNO(getsockopt(s[0], IPPROTO_TCP, TCP_NODELAY, &err, &len),
               ENOPROTOOPT);
  len = 2;
  ASSERT_ERRNO(getsockopt(s[0], SOL_SOCKET, SO_TYPE, &err, &len), EINVAL);
  len = sizeof(err);
  ASSERT_ERRNO(getsockopt(test_tmpdir(), SOL_SOCKET, SO_TYPE, &err, &len), ENOTSOCK);
  ASSERT_ERRNO(getsockopt(-1, SOL_SOCKET, SO_TYPE, &err, &len), EBADF);
  // Shutting down writing gives the peer end-of-file.
  ASSERT_EQ(shutdown(s[0], SHUT_WR), 0);
  ASSERT_EQ(recv(s[1], buf, sizeof(buf), 0), 0);
  ASSERT_ERRNO(send(s[0], "x", 1, 0), EPIPE);
  ASSERT_ERRNO(shutdown(s[0], 0), EINVAL);
  ASSERT_ERRNO(shutdown(s[0], 7), EINVAL);
  ASSERT_EQ(limit_rights(s[1], ~CLOUDABI_RIGHT_SOCK_SHUTDOWN, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(shutdown(s[1], SHUT_RDWR), ENOTCAPABLE);
  close(s[0]);
  close(s[1]);
}

TEST(socketpair_dgram_truncation) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM, 0, s), 0);
  int type;
  socklen_t len = sizeof(type);
  ASSERT_EQ(getsockopt(s[1], SOL_SOCKET, SO_TYPE, &type, &len), 0);
  ASSERT_EQ(type, SOCK_DGRAM);
  ASSERT_EQ(send(s[0], "0123456789", 10, 0), 10);
  ASSERT_EQ(send(s[0], "xy", 2, 0), 2);
  char buf[4];
  struct iovec iov = {buf, sizeof(buf)};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1};
  ASSERT_EQ(recvmsg(s[1], &m, 0), 4);
  ASSERT_MEMEQ(buf, "0123", 4);
  ASSERT_TRUE(m.msg_flags & MSG_TRUNC);
  // Message boundaries are kept: the rest of the first is gone.
  ASSERT_EQ(recvmsg(s[1], &m, 0), 2);
  ASSERT_MEMEQ(buf, "xy", 2);
  ASSERT_FALSE(m.msg_flags & MSG_TRUNC);
  close(s[0]);
  close(s[1]);
}

TEST(socketpair_errors) {
  int s[2];
  ASSERT_ERRNO(socketpair(AF_INET, SOCK_STREAM, 0, s), EAFNOSUPPORT);
  ASSERT_ERRNO(socketpair(AF_UNIX, 12345, 0, s), EPROTOTYPE);
  ASSERT_ERRNO(socketpair(AF_UNIX, SOCK_STREAM, 6, s), EPROTONOSUPPORT);
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  char c;
  ASSERT_ERRNO(send(s[0], "x", 1, 0x1), EOPNOTSUPP);
  ASSERT_ERRNO(recv(s[0], &c, 1, 0x1000), EOPNOTSUPP);
  ASSERT_ERRNO(send(-1, "x", 1, 0), EBADF);
  ASSERT_ERRNO(recv(-1, &c, 1, 0), EBADF);
  // A directory is no socket; it lacks the right to send anyway.
  errno = 0;
  ASSERT_EQ(send(test_tmpdir(), "x", 1, 0), -1);
  ASSERT_TRUE(errno == ENOTSOCK || errno == ENOTCAPABLE);
  // Without FD_WRITE a socket cannot send.
  ASSERT_EQ(limit_rights(s[0], ~CLOUDABI_RIGHT_FD_WRITE, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(send(s[0], "x", 1, 0), ENOTCAPABLE);
  close(s[0]);
  close(s[1]);
}

// Sends `n` descriptors with one byte of data in one SCM_RIGHTS message.
static ssize_t send_fds(int sock, const int *fds, size_t n) {
  size_t space = CMSG_SPACE(n * sizeof(int));
  void *control = calloc(1, space);
  if (control == NULL)
    return -1;
  char byte = 'F';
  struct iovec iov = {&byte, 1};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                     .msg_controllen = (socklen_t)space};
  struct cmsghdr *c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = (socklen_t)CMSG_LEN(n * sizeof(int));
  memcpy(CMSG_DATA(c), fds, n * sizeof(int));
  ssize_t r = sendmsg(sock, &m, 0);
  free(control);
  return r;
}

TEST(pass_100_descriptors) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  // 100 files, each holding its own number.
  enum { N = 100 };
  int fds[N];
  int d = make_dir("passing");
  ASSERT_TRUE(d >= 0);
  for (int i = 0; i < N; i++) {
    char name[8] = {'f', (char)('0' + i / 10), (char)('0' + i % 10), 0};
    fds[i] = openat(d, name, O_RDWR | O_CREAT | O_TRUNC, 0600);
    ASSERT_TRUE(fds[i] >= 0);
    ASSERT_EQ(write(fds[i], name, 3), 3);
  }
  ASSERT_EQ(send_fds(s[0], fds, N), 1);
  // The originals can go; the message holds references.
  for (int i = 0; i < N; i++)
    close(fds[i]);

  size_t space = CMSG_SPACE(N * sizeof(int));
  void *control = calloc(1, space);
  ASSERT_TRUE(control != NULL);
  char byte = 0;
  struct iovec iov = {&byte, 1};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                     .msg_controllen = (socklen_t)space};
  ASSERT_EQ(recvmsg(s[1], &m, 0), 1);
  ASSERT_EQ(byte, 'F');
  ASSERT_FALSE(m.msg_flags & MSG_CTRUNC);
  struct cmsghdr *c = CMSG_FIRSTHDR(&m);
  ASSERT_TRUE(c != NULL);
  ASSERT_EQ(c->cmsg_level, SOL_SOCKET);
  ASSERT_EQ(c->cmsg_type, SCM_RIGHTS);
  ASSERT_EQ(c->cmsg_len, CMSG_LEN(N * sizeof(int)));
  ASSERT_TRUE(CMSG_NXTHDR(&m, c) == NULL);
  int got[N];
  memcpy(got, CMSG_DATA(c), sizeof(got));
  for (int i = 0; i < N; i++) {
    char buf[4] = {0};
    ASSERT_EQ(pread(got[i], buf, 3, 0), 3);
    ASSERT_EQ(buf[0], 'f');
    ASSERT_EQ((buf[1] - '0') * 10 + (buf[2] - '0'), i);
    ASSERT_TRUE(rights_of(got[i]) & CLOUDABI_RIGHT_FD_WRITE);
    close(got[i]);
  }
  free(control);
  close(d);
  close(s[0]);
  close(s[1]);
}

// How many descriptors below 4096 are open.
static int count_open(void) {
  int n = 0;
  for (int fd = 0; fd < 4096; fd++)
    n += is_open(fd);
  return n;
}

TEST(pass_descriptors_in_two_messages_and_truncation) {
  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  int open_before = count_open();
  // Two SCM_RIGHTS headers in one control buffer are sent together.
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int)) + CMSG_SPACE(2 * sizeof(int))];
  } control;
  memset(&control, 0, sizeof(control));
  char byte = 'x';
  struct iovec iov = {&byte, 1};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
                     .msg_controllen = sizeof(control.buf)};
  struct cmsghdr *c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &p[0], sizeof(int));
  c = CMSG_NXTHDR(&m, c);
  ASSERT_TRUE(c != NULL);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(2 * sizeof(int));
  int two[2] = {p[1], p[1]};
  memcpy(CMSG_DATA(c), two, sizeof(two));
  ASSERT_EQ(sendmsg(s[0], &m, 0), 1);

  // Room for two of the three descriptors (CMSG_SPACE(sizeof(int)) has
  // padding that holds a second int): the third is dropped and MSG_CTRUNC
  // set.
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } small;
  struct msghdr r = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = small.buf,
                     .msg_controllen = sizeof(small.buf)};
  ASSERT_EQ(recvmsg(s[1], &r, 0), 1);
  ASSERT_TRUE(r.msg_flags & MSG_CTRUNC);
  ASSERT_EQ(r.msg_controllen, sizeof(small.buf));
  c = CMSG_FIRSTHDR(&r);
  ASSERT_TRUE(c != NULL);
  ASSERT_EQ(c->cmsg_len, CMSG_LEN(2 * sizeof(int)));
  int got[2];
  memcpy(got, CMSG_DATA(c), sizeof(got));
  // In the order sent: the pipe's read end, then its write end.
  ASSERT_EQ(write(got[1], "!", 1), 1);
  char ch;
  ASSERT_EQ(read(got[0], &ch, 1), 1);
  ASSERT_EQ(ch, '!');
  close(got[0]);
  close(got[1]);
  // The descriptor that did not fit was closed, not leaked.
  ASSERT_EQ(count_open(), open_before);

  // No descriptors sent: msg_controllen becomes 0.
  ASSERT_EQ(send(s[0], "y", 1, 0), 1);
  r.msg_controllen = sizeof(small.buf);
  ASSERT_EQ(recvmsg(s[1], &r, 0), 1);
  ASSERT_EQ(r.msg_controllen, 0);
  ASSERT_TRUE(CMSG_FIRSTHDR(&r) == NULL);

  // A header claiming more than the control buffer holds is refused.
  c = CMSG_FIRSTHDR(&m);
  m.msg_controllen = (socklen_t)CMSG_SPACE(sizeof(int));
  c->cmsg_len = (socklen_t)CMSG_LEN(3 * sizeof(int));
  ASSERT_ERRNO(sendmsg(s[0], &m, 0), EINVAL);
  c->cmsg_len = (socklen_t)CMSG_LEN(sizeof(int));
  m.msg_controllen = sizeof(control.buf);
  // Ancillary data other than SCM_RIGHTS is refused.
  c->cmsg_type = 99;
  ASSERT_ERRNO(sendmsg(s[0], &m, 0), EINVAL);
  m.msg_iovlen = -1;
  ASSERT_ERRNO(sendmsg(s[0], &m, 0), EMSGSIZE);
  ASSERT_ERRNO(sendmsg(s[0], &m, 0x1), EOPNOTSUPP);
  ASSERT_ERRNO(recvmsg(s[1], &m, 0), EMSGSIZE);
  m.msg_iovlen = 1;
  ASSERT_ERRNO(recvmsg(s[1], &m, MSG_NOSIGNAL), EOPNOTSUPP);
  ASSERT_ERRNO(recvmsg(-1, &m, 0), EBADF);
  // Without FD_READ nothing is received.
  ASSERT_EQ(limit_rights(s[1], ~CLOUDABI_RIGHT_FD_READ, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(recvmsg(s[1], &m, 0), ENOTCAPABLE);
  close(p[0]);
  close(p[1]);
  close(s[0]);
  close(s[1]);
}

TEST(cmsg_macros) {
  ASSERT_EQ(CMSG_LEN(0) % 8, 0);
  ASSERT_EQ(CMSG_SPACE(1), CMSG_LEN(8));
  ASSERT_TRUE(CMSG_SPACE(4) >= CMSG_LEN(4));
  struct msghdr m = {.msg_control = NULL, .msg_controllen = 0};
  ASSERT_TRUE(CMSG_FIRSTHDR(&m) == NULL);
  // A header whose length runs past the buffer ends the walk.
  union {
    struct cmsghdr align;
    char buf[64];
  } control;
  memset(&control, 0, sizeof(control));
  m.msg_control = control.buf;
  m.msg_controllen = sizeof(control.buf);
  struct cmsghdr *c = CMSG_FIRSTHDR(&m);
  c->cmsg_len = CMSG_LEN(4);
  struct cmsghdr *n = CMSG_NXTHDR(&m, c);
  ASSERT_TRUE(n == (struct cmsghdr *)(control.buf + CMSG_SPACE(4)));
  n->cmsg_len = 1000;
  ASSERT_TRUE(CMSG_NXTHDR(&m, c) == NULL);
  struct sockaddr_un un = {.sun_family = AF_UNIX};
  ASSERT_EQ(un.sun_family, AF_UNIX);
}
