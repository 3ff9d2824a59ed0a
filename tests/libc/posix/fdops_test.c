// pipe(), isatty(), sysconf(), fpathconf(), getpagesize(), swab().
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "posixtest.h"

TEST(pipe_is_one_way) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  ASSERT_TRUE(p[0] != p[1]);
  ASSERT_EQ(write(p[1], "through", 7), 7);
  char buf[16];
  ASSERT_EQ(read(p[0], buf, sizeof(buf)), 7);
  ASSERT_MEMEQ(buf, "through", 7);
  // The wrong ends refuse, as for a real pipe.
  ASSERT_ERRNO(write(p[0], "x", 1), EBADF);
  ASSERT_ERRNO(read(p[1], buf, 1), EBADF);
  ASSERT_FALSE(rights_of(p[0]) & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_FALSE(rights_of(p[1]) & CLOUDABI_RIGHT_FD_READ);
  ASSERT_EQ(fcntl(p[0], F_GETFL) & O_ACCMODE, O_RDONLY);
  ASSERT_EQ(fcntl(p[1], F_GETFL) & O_ACCMODE, O_WRONLY);
  // Not seekable.
  ASSERT_ERRNO(lseek(p[0], 0, SEEK_CUR), ESPIPE);
  ASSERT_ERRNO(pread(p[0], buf, 1, 0), ESPIPE);
  ASSERT_ERRNO(ftruncate(p[1], 0), EINVAL);
  ASSERT_ERRNO(fsync(p[1]), EINVAL);
  ASSERT_EQ(posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE);
  struct stat st;
  ASSERT_EQ(fstat(p[0], &st), 0);
  ASSERT_TRUE(S_ISSOCK(st.st_mode));
  // Closing the write end gives end-of-file.
  ASSERT_EQ(close(p[1]), 0);
  ASSERT_EQ(read(p[0], buf, sizeof(buf)), 0);
  ASSERT_EQ(close(p[0]), 0);
}

TEST(pipe_nonblocking) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  ASSERT_EQ(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
  char buf[4];
  ASSERT_ERRNO(read(p[0], buf, sizeof(buf)), EAGAIN);
  close(p[0]);
  // Writing with the reader gone.
  ASSERT_ERRNO(write(p[1], "x", 1), EPIPE);
  close(p[1]);
}

TEST(isatty_never) {
  int dir = test_tmpdir();
  errno = 0;
  ASSERT_EQ(isatty(dir), 0);
  ASSERT_EQ(errno, ENOTTY);
  ASSERT_EQ(isatty(test_stdout()), 0);
  ASSERT_EQ(errno, ENOTTY);
  ASSERT_EQ(isatty(-1), 0);
  ASSERT_EQ(errno, EBADF);
}

TEST(sysconf_values) {
  long page = sysconf(_SC_PAGESIZE);
  ASSERT_TRUE(page >= 4096);
  ASSERT_EQ(page & (page - 1), 0);
  ASSERT_EQ(sysconf(_SC_PAGE_SIZE), page);
  ASSERT_EQ(getpagesize(), page);
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  ASSERT_TRUE(cpus >= 1);
  ASSERT_EQ(sysconf(_SC_NPROCESSORS_CONF), cpus);
  ASSERT_EQ(sysconf(_SC_IOV_MAX), IOV_MAX);
  ASSERT_EQ(sysconf(_SC_LINE_MAX), LINE_MAX);
  ASSERT_TRUE(sysconf(_SC_OPEN_MAX) >= 1024);
  ASSERT_TRUE(sysconf(_SC_CLK_TCK) > 0);
  ASSERT_EQ(sysconf(_SC_MONOTONIC_CLOCK), 200809L);
  ASSERT_EQ(sysconf(_SC_SYMLOOP_MAX), SYMLOOP_MAX);
  // Unsupported option / no limit: -1, errno untouched.
  errno = 0;
  ASSERT_EQ(sysconf(_SC_JOB_CONTROL), -1);
  ASSERT_EQ(sysconf(_SC_ARG_MAX), -1);
  ASSERT_EQ(errno, 0);
  ASSERT_ERRNO(sysconf(-1), EINVAL);
  ASSERT_ERRNO(sysconf(100000), EINVAL);
}

// Omitted by design (see <unistd.h>): the host's memory size.
#if defined(_SC_PHYS_PAGES) || defined(_SC_AVPHYS_PAGES)
#error "_SC_PHYS_PAGES and _SC_AVPHYS_PAGES are documented as omitted"
#endif

TEST(fpathconf_values) {
  int dir = test_tmpdir();
  ASSERT_EQ(fpathconf(dir, _PC_NAME_MAX), NAME_MAX);
  ASSERT_EQ(fpathconf(dir, _PC_PATH_MAX), PATH_MAX);
  ASSERT_EQ(fpathconf(dir, _PC_NO_TRUNC), 1);
  ASSERT_ERRNO(fpathconf(dir, 12345), EINVAL);
  ASSERT_ERRNO(fpathconf(-1, _PC_NAME_MAX), EBADF);
}

TEST(swab_pairs) {
  char out[8] = "xxxxxxx";
  swab("abcdef", out, 6);
  ASSERT_MEMEQ(out, "badcfex", 7);
  char odd[4] = "zzz";
  swab("abc", odd, 3);
  ASSERT_MEMEQ(odd, "baz", 3);  // the last odd byte is not copied
  swab("ab", odd, -1);
  ASSERT_MEMEQ(odd, "baz", 3);
}
