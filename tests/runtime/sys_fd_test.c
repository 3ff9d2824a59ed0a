// fd_* system calls as answered by the runtime.
#include <harness.h>

#include "sys_test.h"

TEST(stat_of_granted_directory_has_directory_rights) {
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get((cloudabi_fd_t)test_tmpdir(), &st), 0);
  ASSERT_EQ(st.fs_filetype, CLOUDABI_FILETYPE_DIRECTORY);
  ASSERT_TRUE(st.fs_rights_base & CLOUDABI_RIGHT_FILE_OPEN);
  ASSERT_TRUE(st.fs_rights_base & CLOUDABI_RIGHT_FILE_READDIR);
  ASSERT_FALSE(st.fs_rights_base & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_TRUE(st.fs_rights_inheriting & CLOUDABI_RIGHT_FD_WRITE);
}

TEST(bad_descriptors_are_ebadf) {
  cloudabi_fdstat_t st;
  size_t n;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(4000, &st), CLOUDABI_EBADF);
  ASSERT_EQ(cloudabi_sys_fd_close(4000), CLOUDABI_EBADF);
  ASSERT_EQ(sys_test_write(0xfffffff0u, "x", &n), CLOUDABI_EBADF);
  ASSERT_EQ(cloudabi_sys_fd_replace(4000, (cloudabi_fd_t)test_stdout()), CLOUDABI_EBADF);
  ASSERT_EQ(cloudabi_sys_fd_replace((cloudabi_fd_t)test_stdout(), 4000), CLOUDABI_EBADF);
}

TEST(directory_cannot_be_written) {
  size_t n;
  ASSERT_EQ(sys_test_write((cloudabi_fd_t)test_tmpdir(), "x", &n), CLOUDABI_ENOTCAPABLE);
}

TEST(socket_pair_carries_data_both_ways) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  ASSERT_NE(a, b);
  size_t n;
  ASSERT_EQ(sys_test_write(a, "ping", &n), 0);
  ASSERT_EQ(n, 4);
  char buf[8];
  ASSERT_EQ(sys_test_read(b, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 4);
  ASSERT_MEMEQ(buf, "ping", 4);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(a, &st), 0);
  ASSERT_EQ(st.fs_filetype, CLOUDABI_FILETYPE_SOCKET_STREAM);
  ASSERT_TRUE(st.fs_rights_base & CLOUDABI_RIGHT_SOCK_SHUTDOWN);
  // Closing one end: the other reads end of file, writes fail with EPIPE
  // (SIGPIPE is ignored).
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(sys_test_read(b, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 0);
  ASSERT_EQ(sys_test_write(b, "x", &n), CLOUDABI_EPIPE);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
}

TEST(create_rejects_other_types) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_REGULAR_FILE, &a, &b), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_fd_create1(CLOUDABI_FILETYPE_DIRECTORY, &a), CLOUDABI_EINVAL);
}

TEST(dup_and_replace_share_the_object) {
  cloudabi_fd_t a, b, c;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_DGRAM, &a, &b), 0);
  ASSERT_EQ(cloudabi_sys_fd_dup(a, &c), 0);
  ASSERT_NE(c, a);
  size_t n;
  ASSERT_EQ(sys_test_write(c, "via dup", &n), 0);
  char buf[16];
  ASSERT_EQ(sys_test_read(b, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 7);
  // c now refers to b's object; a keeps working after c is replaced.
  ASSERT_EQ(cloudabi_sys_fd_replace(b, c), 0);
  ASSERT_EQ(sys_test_write(a, "after", &n), 0);
  ASSERT_EQ(sys_test_read(c, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 5);
  ASSERT_EQ(cloudabi_sys_fd_close(b), 0);
  ASSERT_EQ(sys_test_write(a, "again", &n), 0);
  ASSERT_EQ(sys_test_read(c, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 5);
  ASSERT_EQ(cloudabi_sys_fd_close(a), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(c), 0);
}

TEST(rights_only_shrink) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(a, &st), 0);
  cloudabi_fdstat_t less = st;
  less.fs_rights_base &= ~CLOUDABI_RIGHT_FD_WRITE;
  ASSERT_EQ(cloudabi_sys_fd_stat_put(a, &less, CLOUDABI_FDSTAT_RIGHTS), 0);
  size_t n;
  ASSERT_EQ(sys_test_write(a, "x", &n), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_fd_stat_put(a, &st, CLOUDABI_FDSTAT_RIGHTS), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_fd_stat_put(a, &st, 0), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_fd_stat_put(a, &st, CLOUDABI_FDSTAT_RIGHTS | CLOUDABI_FDSTAT_FLAGS),
            CLOUDABI_EINVAL);
  // A duplicate carries the narrowed rights.
  cloudabi_fd_t c;
  ASSERT_EQ(cloudabi_sys_fd_dup(a, &c), 0);
  ASSERT_EQ(cloudabi_sys_fd_stat_get(c, &st), 0);
  ASSERT_FALSE(st.fs_rights_base & CLOUDABI_RIGHT_FD_WRITE);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
  cloudabi_sys_fd_close(c);
}

TEST(nonblocking_flag_is_set_and_reported) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  cloudabi_fdstat_t st = {.fs_flags = CLOUDABI_FDFLAG_NONBLOCK};
  ASSERT_EQ(cloudabi_sys_fd_stat_put(a, &st, CLOUDABI_FDSTAT_FLAGS), 0);
  ASSERT_EQ(cloudabi_sys_fd_stat_get(a, &st), 0);
  ASSERT_EQ(st.fs_flags, CLOUDABI_FDFLAG_NONBLOCK);
  char buf[4];
  size_t n;
  ASSERT_EQ(sys_test_read(a, buf, sizeof(buf), &n), CLOUDABI_EAGAIN);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
}

TEST(seek_tell_and_positioned_io) {
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open((cloudabi_fd_t)test_tmpdir(), "seek", CLOUDABI_O_CREAT, RW_FILE_RIGHTS,
                          0, &f),
            0);
  size_t n;
  ASSERT_EQ(sys_test_write(f, "0123456789", &n), 0);
  cloudabi_filesize_t pos;
  ASSERT_EQ(cloudabi_sys_fd_seek(f, 0, CLOUDABI_WHENCE_CUR, &pos), 0);
  ASSERT_EQ(pos, 10);
  ASSERT_EQ(cloudabi_sys_fd_seek(f, -3, CLOUDABI_WHENCE_END, &pos), 0);
  ASSERT_EQ(pos, 7);
  ASSERT_EQ(cloudabi_sys_fd_seek(f, 0, 0, &pos), CLOUDABI_EINVAL);
  char buf[4] = {0};
  cloudabi_iovec_t iov = {.buf = buf, .buf_len = 3};
  ASSERT_EQ(cloudabi_sys_fd_pread(f, &iov, 1, 2, &n), 0);
  ASSERT_EQ(n, 3);
  ASSERT_MEMEQ(buf, "234", 3);
  ASSERT_EQ(cloudabi_sys_fd_pread(f, &iov, 0, 2, &n), CLOUDABI_EINVAL);
  cloudabi_ciovec_t ciov = {.buf = "AB", .buf_len = 2};
  ASSERT_EQ(cloudabi_sys_fd_pwrite(f, &ciov, 1, 0, &n), 0);
  // Positioned I/O leaves the offset alone.
  ASSERT_EQ(cloudabi_sys_fd_seek(f, 0, CLOUDABI_WHENCE_CUR, &pos), 0);
  ASSERT_EQ(pos, 7);
  ASSERT_EQ(cloudabi_sys_fd_datasync(f), 0);
  ASSERT_EQ(cloudabi_sys_fd_sync(f), 0);

  // With FD_TELL only, the offset can be read but not moved.
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(f, &st), 0);
  st.fs_rights_base &= ~(CLOUDABI_RIGHT_FD_SEEK | CLOUDABI_RIGHT_FD_SYNC);
  ASSERT_EQ(cloudabi_sys_fd_stat_put(f, &st, CLOUDABI_FDSTAT_RIGHTS), 0);
  ASSERT_EQ(cloudabi_sys_fd_seek(f, 0, CLOUDABI_WHENCE_CUR, &pos), 0);
  ASSERT_EQ(cloudabi_sys_fd_seek(f, 1, CLOUDABI_WHENCE_SET, &pos), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_fd_pread(f, &iov, 1, 0, &n), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_fd_sync(f), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
}

TEST(bad_pointers_are_efault) {
  cloudabi_fd_t a, b;
  ASSERT_EQ(cloudabi_sys_fd_create2(CLOUDABI_FILETYPE_SOCKET_STREAM, &a, &b), 0);
  size_t n;
  cloudabi_ciovec_t iov = {.buf = "x", .buf_len = 1};
  ASSERT_EQ(cloudabi_sys_fd_write(a, &iov, 1, (size_t *)8), CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_fd_write(a, (const cloudabi_ciovec_t *)8, 1, &n), CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_fd_stat_get(a, (cloudabi_fdstat_t *)8), CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_fd_stat_put(a, (const cloudabi_fdstat_t *)8, CLOUDABI_FDSTAT_FLAGS),
            CLOUDABI_EFAULT);
  cloudabi_sys_fd_close(a);
  cloudabi_sys_fd_close(b);
}
