// <sys/capsicum.h>: rights sets, and limiting a descriptor's rights so that
// later operations fail with ENOTCAPABLE.
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <sys/capsicum.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

TEST(rights_sets) {
  cap_rights_t a, b;
  cap_rights_init(&a, CAP_READ, CAP_FSTAT);
  ASSERT_TRUE(cap_rights_is_set(&a, CAP_READ));
  ASSERT_TRUE(cap_rights_is_set(&a, CAP_READ, CAP_FSTAT));
  ASSERT_FALSE(cap_rights_is_set(&a, CAP_READ, CAP_WRITE));
  ASSERT_TRUE(cap_rights_is_set(&a));  // the empty list is contained
  cap_rights_init(&b);
  ASSERT_TRUE(cap_rights_contains(&a, &b));
  ASSERT_FALSE(cap_rights_contains(&b, &a));
  cap_rights_set(&b, CAP_WRITE, CAP_SEEK);
  ASSERT_TRUE(cap_rights_merge(&b, &a) == &b);
  ASSERT_TRUE(cap_rights_is_set(&b, CAP_READ, CAP_WRITE, CAP_SEEK, CAP_FSTAT, CAP_PREAD));
  ASSERT_TRUE(cap_rights_contains(&b, &a));
  cap_rights_clear(&b, CAP_SEEK_TELL);
  ASSERT_FALSE(cap_rights_is_set(&b, CAP_SEEK));
  ASSERT_FALSE(cap_rights_is_set(&b, CAP_PREAD));
  ASSERT_TRUE(cap_rights_remove(&b, &a) == &b);
  ASSERT_FALSE(cap_rights_is_set(&b, CAP_READ));
  ASSERT_TRUE(cap_rights_is_set(&b, CAP_WRITE));
  ASSERT_TRUE(cap_rights_is_valid(&b));
  CAP_ALL(&a);
  ASSERT_TRUE(cap_rights_is_valid(&a));
  ASSERT_TRUE(cap_rights_is_set(&a, CAP_MMAP_RWX, CAP_PDWAIT, CAP_FEXECVE, CAP_SHUTDOWN,
                                CAP_LOOKUP, CAP_UNLINKAT, CAP_SYMLINKAT, CAP_RENAMEAT_SOURCE));
  CAP_NONE(&a);
  ASSERT_FALSE(cap_rights_is_set(&a, CAP_READ));
  a.__rights = 1ULL << 50;  // no such right
  ASSERT_FALSE(cap_rights_is_valid(&a));
}

TEST(always_in_capability_mode) {
  unsigned int mode = 7;
  ASSERT_EQ(cap_getmode(&mode), 0);
  ASSERT_EQ(mode, 1);
  ASSERT_TRUE(cap_sandboxed());
  ASSERT_EQ(cap_enter(), 0);
}

TEST(limit_a_file) {
  int fd = openat(test_tmpdir(), "f", O_RDWR | O_CREAT | O_TRUNC, 0666);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(write(fd, "hello", 5), 5);
  cap_rights_t r;
  ASSERT_EQ(cap_rights_get(fd, &r), 0);
  ASSERT_TRUE(cap_rights_is_set(&r, CAP_READ, CAP_WRITE, CAP_SEEK, CAP_FSTAT));
  // Down to reading and seeking.
  cap_rights_init(&r, CAP_READ, CAP_SEEK, CAP_FSTAT, CAP_PDWAIT);
  ASSERT_EQ(cap_rights_limit(fd, &r), 0);
  cap_rights_t now;
  ASSERT_EQ(cap_rights_get(fd, &now), 0);
  ASSERT_TRUE(cap_rights_is_set(&now, CAP_READ, CAP_SEEK, CAP_FSTAT));
  ASSERT_FALSE(cap_rights_is_set(&now, CAP_WRITE));
  ASSERT_FALSE(cap_rights_is_set(&now, CAP_PDWAIT));  // never had it: not added
  // read, write and ftruncate without the right are "not open for
  // reading/writing": POSIX wants EBADF there (see rw_errno.h); other calls
  // report ENOTCAPABLE.
  errno = 0;
  ASSERT_EQ(write(fd, "x", 1), -1);
  ASSERT_EQ(errno, EBADF);
  ASSERT_EQ(ftruncate(fd, 0), -1);
  ASSERT_EQ(errno, EBADF);
  char buf[8];
  ASSERT_EQ(pread(fd, buf, 5, 0), 5);
  ASSERT_MEMEQ(buf, "hello", 5);
  struct stat st;
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 5);
  // Limiting further; the rights never come back.
  cap_rights_init(&r, CAP_READ);
  ASSERT_EQ(cap_rights_limit(fd, &r), 0);
  ASSERT_EQ(lseek(fd, 0, SEEK_SET), -1);
  ASSERT_EQ(errno, ESPIPE);  // cannot seek: like a pipe
  ASSERT_EQ(fstat(fd, &st), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  CAP_ALL(&r);
  ASSERT_EQ(cap_rights_limit(fd, &r), 0);
  ASSERT_EQ(cap_rights_get(fd, &now), 0);
  ASSERT_EQ(now.__rights, CAP_READ);
  // Explicitly asking for more fails.
  cap_rights_t base, inh;
  cap_rights_init(&base, CAP_READ, CAP_WRITE);
  cap_rights_init(&inh);
  ASSERT_EQ(cap_rights_limit_explicit(fd, &base, &inh), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  cap_rights_init(&base);
  ASSERT_EQ(cap_rights_limit_explicit(fd, &base, &inh), 0);
  ASSERT_EQ(read(fd, buf, 1), -1);
  ASSERT_EQ(errno, EBADF);
  ASSERT_EQ(close(fd), 0);
  ASSERT_EQ(cap_rights_get(fd, &now), -1);
  ASSERT_EQ(errno, EBADF);
}

// A limited directory passes its limits on to what is opened through it.
TEST(limit_a_directory) {
  int dir = openat(test_tmpdir(), ".", O_RDONLY | O_DIRECTORY);
  ASSERT_TRUE(dir >= 0);
  int fd = openat(dir, "g", O_WRONLY | O_CREAT | O_TRUNC, 0666);
  ASSERT_TRUE(fd >= 0);
  close(fd);
  cap_rights_t r;
  cap_rights_init(&r, CAP_LOOKUP, CAP_READ, CAP_FSTAT, CAP_SEEK);
  ASSERT_EQ(cap_rights_limit(dir, &r), 0);
  cap_rights_t base, inh;
  ASSERT_EQ(cap_rights_get_explicit(dir, &base, &inh), 0);
  ASSERT_TRUE(cap_rights_is_set(&base, CAP_LOOKUP));
  ASSERT_FALSE(cap_rights_is_set(&base, CAP_CREATE));
  ASSERT_FALSE(cap_rights_is_set(&inh, CAP_WRITE));
  errno = 0;
  ASSERT_EQ(openat(dir, "h", O_WRONLY | O_CREAT, 0666), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_EQ(openat(dir, "g", O_WRONLY), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_EQ(mkdirat(dir, "d", 0777), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_EQ(unlinkat(dir, "g", 0), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  fd = openat(dir, "g", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  cap_rights_t got;
  ASSERT_EQ(cap_rights_get(fd, &got), 0);
  ASSERT_TRUE(cap_rights_contains(&r, &got));
  close(fd);
  close(dir);
}

TEST(limit_a_socket) {
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  cap_rights_t r;
  cap_rights_init(&r, CAP_RECV);
  ASSERT_EQ(cap_rights_limit(sv[0], &r), 0);
  ASSERT_EQ(send(sv[0], "x", 1, 0), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_EQ(shutdown(sv[0], SHUT_RDWR), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_EQ(send(sv[1], "y", 1, 0), 1);
  char c;
  ASSERT_EQ(recv(sv[0], &c, 1, 0), 1);
  ASSERT_EQ(c, 'y');
  close(sv[0]);
  close(sv[1]);
}
