#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.h"

TEST(fionread_and_fionbio) {
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  int n = -1;
  ASSERT_EQ(ioctl(sv[0], FIONREAD, &n), 0);
  ASSERT_EQ(n, 0);
  ASSERT_EQ(write(sv[1], "hello", 5), 5);
  ASSERT_EQ(ioctl(sv[0], FIONREAD, &n), 0);
  ASSERT_EQ(n, 5);
  int on = 1;
  ASSERT_EQ(ioctl(sv[0], FIONBIO, &on), 0);
  ASSERT_TRUE(fcntl(sv[0], F_GETFL) & O_NONBLOCK);
  char buf[8];
  ASSERT_EQ(read(sv[0], buf, sizeof(buf)), 5);
  errno = 0;
  ASSERT_EQ(read(sv[0], buf, sizeof(buf)), -1);
  ASSERT_EQ(errno, EAGAIN);
  int off = 0;
  ASSERT_EQ(ioctl(sv[0], FIONBIO, &off), 0);
  ASSERT_FALSE(fcntl(sv[0], F_GETFL) & O_NONBLOCK);
  ASSERT_EQ(ioctl(sv[0], 0x1234, &n), -1);
  ASSERT_EQ(errno, EINVAL);
  close(sv[0]);
  close(sv[1]);
  ASSERT_EQ(ioctl(sv[0], FIONBIO, &on), -1);
  ASSERT_EQ(errno, EBADF);
}
