// openat() flags and rights, fcntl(), reading and writing.
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

#include "posixtest.h"

TEST(openat_create_write_read) {
  int dir = test_tmpdir();
  int fd = openat(dir, "a.txt", O_WRONLY | O_CREAT | O_EXCL, 0600);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(write(fd, "hello", 5), 5);
  // Write-only: no reading.
  char buf[16];
  ASSERT_ERRNO(read(fd, buf, sizeof(buf)), EBADF);
  ASSERT_EQ(close(fd), 0);
  fd = openat(dir, "a.txt", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(read(fd, buf, sizeof(buf)), 5);
  ASSERT_MEMEQ(buf, "hello", 5);
  ASSERT_EQ(read(fd, buf, sizeof(buf)), 0);
  ASSERT_ERRNO(write(fd, "x", 1), EBADF);
  ASSERT_EQ(close(fd), 0);
  ASSERT_ERRNO(close(fd), EBADF);
}

TEST(openat_access_modes_become_rights) {
  int dir = test_tmpdir();
  ASSERT_EQ(make_file(dir, "modes", "data"), 0);
  int r = openat(dir, "modes", O_RDONLY);
  int w = openat(dir, "modes", O_WRONLY);
  int rw = openat(dir, "modes", O_RDWR);
  ASSERT_TRUE(r >= 0 && w >= 0 && rw >= 0);
  ASSERT_TRUE(rights_of(r) & CLOUDABI_RIGHT_FD_READ);
  ASSERT_FALSE(rights_of(r) & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_FALSE(rights_of(r) & CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE);
  ASSERT_TRUE(rights_of(r) & CLOUDABI_RIGHT_FD_SEEK);
  ASSERT_TRUE(rights_of(w) & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_FALSE(rights_of(w) & CLOUDABI_RIGHT_FD_READ);
  ASSERT_TRUE(rights_of(rw) & CLOUDABI_RIGHT_FD_READ);
  ASSERT_TRUE(rights_of(rw) & CLOUDABI_RIGHT_FD_WRITE);
  // A regular file passes nothing on.
  ASSERT_EQ(inheriting_of(rw), 0);
  ASSERT_EQ(fcntl(r, F_GETFL) & O_ACCMODE, O_RDONLY);
  ASSERT_EQ(fcntl(w, F_GETFL) & O_ACCMODE, O_WRONLY);
  ASSERT_EQ(fcntl(rw, F_GETFL) & O_ACCMODE, O_RDWR);
  close(r);
  close(w);
  close(rw);
}

TEST(openat_invalid_flags) {
  int dir = test_tmpdir();
  ASSERT_EQ(make_file(dir, "flags", "x"), 0);
  ASSERT_ERRNO(openat(dir, "flags", 0), EINVAL);  // no access mode
  ASSERT_ERRNO(openat(dir, "flags", O_RDONLY | O_EXEC), EINVAL);
  ASSERT_ERRNO(openat(dir, "flags", O_RDONLY | 0x40000000), EINVAL);
  ASSERT_ERRNO(openat(-1, "flags", O_RDONLY), EBADF);
  ASSERT_ERRNO(openat(12345, "flags", O_RDONLY), EBADF);
}

TEST(openat_excl_trunc_append) {
  int dir = test_tmpdir();
  ASSERT_EQ(make_file(dir, "t", "0123456789"), 0);
  ASSERT_ERRNO(openat(dir, "t", O_WRONLY | O_CREAT | O_EXCL, 0600), EEXIST);
  int fd = openat(dir, "t", O_RDWR | O_APPEND);
  ASSERT_TRUE(fd >= 0);
  ASSERT_TRUE(fcntl(fd, F_GETFL) & O_APPEND);
  ASSERT_EQ(write(fd, "ab", 2), 2);
  struct stat st;
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 12);
  close(fd);
  fd = openat(dir, "t", O_WRONLY | O_TRUNC);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 0);
  close(fd);
  ASSERT_ERRNO(openat(dir, "missing", O_RDONLY), ENOENT);
}

TEST(openat_directory_flag) {
  int dir = test_tmpdir();
  ASSERT_EQ(make_file(dir, "plain", "x"), 0);
  ASSERT_ERRNO(openat(dir, "plain", O_RDONLY | O_DIRECTORY), ENOTDIR);
  ASSERT_EQ(mkdirat(dir, "sub_d", 0), 0);
  int d = openat(dir, "sub_d", O_RDONLY | O_DIRECTORY);
  ASSERT_TRUE(d >= 0);
  // A directory gets directory rights and passes on what its parent did.
  ASSERT_TRUE(rights_of(d) & CLOUDABI_RIGHT_FILE_OPEN);
  ASSERT_TRUE(rights_of(d) & CLOUDABI_RIGHT_FILE_READDIR);
  ASSERT_TRUE(inheriting_of(d) & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_EQ(make_file(d, "inner", "y"), 0);
  // Search-only: no reading of the directory, but lookups work.
  int s = openat(dir, "sub_d", O_SEARCH);
  ASSERT_TRUE(s >= 0);
  ASSERT_FALSE(rights_of(s) & CLOUDABI_RIGHT_FILE_READDIR);
  ASSERT_EQ(fcntl(s, F_GETFL) & O_ACCMODE, O_SEARCH);
  int inner = openat(s, "inner", O_RDONLY);
  ASSERT_TRUE(inner >= 0);
  close(inner);
  // Writing a directory is refused by the system.
  ASSERT_ERRNO(openat(dir, "sub_d", O_WRONLY), EISDIR);
  close(s);
  close(d);
}

TEST(openat_nofollow) {
  int dir = test_tmpdir();
  ASSERT_EQ(make_file(dir, "target_nf", "abc"), 0);
  ASSERT_EQ(symlinkat("target_nf", dir, "link_nf"), 0);
  int fd = openat(dir, "link_nf", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  char buf[4];
  ASSERT_EQ(read(fd, buf, 4), 3);
  close(fd);
  ASSERT_ERRNO(openat(dir, "link_nf", O_RDONLY | O_NOFOLLOW), ELOOP);
}

TEST(openat_beneath_restricted_directory) {
  int d = make_dir("restricted");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "f", "content"), 0);
  // The directory passes on reading only.
  ASSERT_EQ(limit_rights(d, ~(cloudabi_rights_t)0,
                         ~(CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FD_DATASYNC |
                           CLOUDABI_RIGHT_FILE_ALLOCATE | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE)),
            0);
  int fd = openat(d, "f", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ((rights_of(fd) | inheriting_of(d)), inheriting_of(d));
  close(fd);
  ASSERT_ERRNO(openat(d, "f", O_WRONLY), ENOTCAPABLE);
  ASSERT_ERRNO(openat(d, "f", O_RDWR), ENOTCAPABLE);
  // Refused before anything is created.
  ASSERT_ERRNO(openat(d, "new", O_WRONLY | O_CREAT, 0600), ENOTCAPABLE);
  ASSERT_ERRNO(faccessat(d, "new", F_OK, 0), ENOENT);
  ASSERT_EQ(faccessat(d, "f", R_OK, 0), 0);
  ASSERT_ERRNO(faccessat(d, "f", W_OK, 0), EACCES);
  close(d);
}

TEST(openat_without_file_open_right) {
  int d = make_dir("noopen");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  ASSERT_EQ(limit_rights(d, ~CLOUDABI_RIGHT_FILE_OPEN, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(openat(d, "f", O_RDONLY), ENOTCAPABLE);
  close(d);
  d = make_dir("nocreate");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(limit_rights(d, ~CLOUDABI_RIGHT_FILE_CREATE_FILE, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(openat(d, "f", O_RDWR | O_CREAT, 0600), ENOTCAPABLE);
  close(d);
}

TEST(openat_only_readdir_inherited) {
  // A directory that passes on FILE_READDIR but not FD_READ: directories
  // open for reading, files do not.
  int d = make_dir("readdir_only");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(mkdirat(d, "sub", 0), 0);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  ASSERT_EQ(limit_rights(d, ~(cloudabi_rights_t)0, ~CLOUDABI_RIGHT_FD_READ), 0);
  int sub = openat(d, "sub", O_RDONLY);
  ASSERT_TRUE(sub >= 0);
  close(sub);
  ASSERT_ERRNO(openat(d, "f", O_RDONLY), ENOTCAPABLE);
  close(d);
}

TEST(fcntl_flags) {
  int dir = test_tmpdir();
  int fd = openat(dir, "fl", O_RDWR | O_CREAT | O_NONBLOCK, 0600);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
  ASSERT_EQ(fcntl(fd, F_SETFD, 0), 0);
  ASSERT_TRUE(fcntl(fd, F_GETFL) & O_NONBLOCK);
  ASSERT_EQ(fcntl(fd, F_SETFL, O_APPEND), 0);
  int fl = fcntl(fd, F_GETFL);
  ASSERT_TRUE(fl & O_APPEND);
  ASSERT_FALSE(fl & O_NONBLOCK);
  ASSERT_EQ(fl & O_ACCMODE, O_RDWR);
  ASSERT_ERRNO(fcntl(fd, 9999), EINVAL);
  ASSERT_ERRNO(fcntl(-1, F_GETFD), EBADF);
  ASSERT_ERRNO(fcntl(777777, F_GETFL), EBADF);
  // Without FD_STAT_PUT_FLAGS the flags cannot change.
  ASSERT_EQ(limit_rights(fd, ~CLOUDABI_RIGHT_FD_STAT_PUT_FLAGS, 0), 0);
  ASSERT_ERRNO(fcntl(fd, F_SETFL, 0), ENOTCAPABLE);
  close(fd);
}

TEST(fcntl_dupfd) {
  int dir = test_tmpdir();
  int fd = openat(dir, "dupfd", O_RDWR | O_CREAT, 0600);
  ASSERT_TRUE(fd >= 0);
  int d = fcntl(fd, F_DUPFD, 40);
  ASSERT_TRUE(d >= 40);
  // The low numbers used on the way were given back.
  int lowest = dup(fd);
  ASSERT_TRUE(lowest < 40);
  ASSERT_EQ(write(d, "abc", 3), 3);
  ASSERT_EQ(lseek(fd, 0, SEEK_CUR), 3);  // shared offset
  int d2 = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  ASSERT_TRUE(d2 >= 0);
  ASSERT_ERRNO(fcntl(fd, F_DUPFD, -1), EINVAL);
  ASSERT_ERRNO(fcntl(fd, F_DUPFD, 1 << 20), EINVAL);
  close(d);
  close(d2);
  close(lowest);
  close(fd);
}

TEST(read_write_vectors_and_offsets) {
  int dir = test_tmpdir();
  int fd = openat(dir, "vec", O_RDWR | O_CREAT | O_TRUNC, 0600);
  ASSERT_TRUE(fd >= 0);
  char a[] = "Hello, ", b[] = "world";
  struct iovec out[2] = {{a, 7}, {b, 5}};
  ASSERT_EQ(writev(fd, out, 2), 12);
  ASSERT_EQ(lseek(fd, 0, SEEK_CUR), 12);
  ASSERT_EQ(lseek(fd, -5, SEEK_END), 7);
  char buf[32] = {0};
  ASSERT_EQ(read(fd, buf, sizeof(buf)), 5);
  ASSERT_STREQ(buf, "world");
  ASSERT_EQ(lseek(fd, 0, SEEK_SET), 0);
  char x[4], y[8];
  struct iovec in[2] = {{x, 4}, {y, 8}};
  ASSERT_EQ(readv(fd, in, 2), 12);
  ASSERT_MEMEQ(x, "Hell", 4);
  ASSERT_MEMEQ(y, "o, world", 8);
  // Positioned I/O leaves the offset alone.
  ASSERT_EQ(pwrite(fd, "W", 1, 7), 1);
  ASSERT_EQ(pread(fd, buf, 5, 7), 5);
  ASSERT_MEMEQ(buf, "World", 5);
  ASSERT_EQ(lseek(fd, 0, SEEK_CUR), 12);
  struct iovec pv[2] = {{x, 2}, {y, 3}};
  ASSERT_EQ(preadv(fd, pv, 2, 3), 5);
  ASSERT_MEMEQ(x, "lo", 2);
  ASSERT_MEMEQ(y, ", W", 3);
  char c1[] = "AB", c2[] = "C";
  struct iovec pw[2] = {{c1, 2}, {c2, 1}};
  ASSERT_EQ(pwritev(fd, pw, 2, 0), 3);
  ASSERT_EQ(pread(fd, buf, 12, 0), 12);
  ASSERT_MEMEQ(buf, "ABClo, World", 12);
  ASSERT_EQ(preadv(fd, pv, 0, 0), 0);
  ASSERT_EQ(pwritev(fd, pw, 0, 0), 0);
  // Errors.
  ASSERT_ERRNO(lseek(fd, 0, 42), EINVAL);
  ASSERT_ERRNO(lseek(fd, -100, SEEK_SET), EINVAL);
  ASSERT_ERRNO(pread(fd, buf, 1, -1), EINVAL);
  ASSERT_ERRNO(pwrite(fd, buf, 1, -1), EINVAL);
  ASSERT_ERRNO(readv(fd, in, -1), EINVAL);
  ASSERT_ERRNO(writev(fd, out, IOV_MAX + 1), EINVAL);
  ASSERT_ERRNO(preadv(fd, in, 2, -1), EINVAL);
  ASSERT_ERRNO(read(-1, buf, 1), EBADF);
  ASSERT_ERRNO(write(99999, buf, 1), EBADF);
  // Dropping FD_SEEK: no seeking, and positioned I/O is ESPIPE.
  ASSERT_EQ(limit_rights(fd, ~CLOUDABI_RIGHT_FD_SEEK, 0), 0);
  ASSERT_ERRNO(lseek(fd, 0, SEEK_SET), ESPIPE);
  ASSERT_EQ(lseek(fd, 0, SEEK_CUR), 12);  // FD_TELL remains
  ASSERT_ERRNO(pread(fd, buf, 1, 0), ESPIPE);
  ASSERT_ERRNO(pwritev(fd, pw, 2, 0), ESPIPE);
  // Dropping FD_READ: reading is EBADF.
  ASSERT_EQ(limit_rights(fd, ~CLOUDABI_RIGHT_FD_READ, 0), 0);
  ASSERT_ERRNO(read(fd, buf, 1), EBADF);
  ASSERT_ERRNO(readv(fd, in, 2), EBADF);
  close(fd);
}

TEST(ftruncate_fallocate_advise_sync) {
  int dir = test_tmpdir();
  int fd = openat(dir, "size", O_RDWR | O_CREAT | O_TRUNC, 0600);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(ftruncate(fd, 1000), 0);
  struct stat st;
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 1000);
  char buf[4] = {1, 1, 1, 1};
  ASSERT_EQ(pread(fd, buf, 4, 996), 4);
  ASSERT_MEMEQ(buf, "\0\0\0\0", 4);
  ASSERT_EQ(ftruncate(fd, 10), 0);
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 10);
  ASSERT_ERRNO(ftruncate(fd, -1), EINVAL);
  ASSERT_EQ(posix_fallocate(fd, 0, 5000), 0);
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 5000);
  ASSERT_EQ(posix_fallocate(fd, 0, 0), EINVAL);
  ASSERT_EQ(posix_fallocate(fd, -1, 10), EINVAL);
  ASSERT_EQ(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL), 0);
  ASSERT_EQ(posix_fadvise(fd, 0, 100, POSIX_FADV_WILLNEED), 0);
  ASSERT_EQ(posix_fadvise(fd, 0, 0, 77), EINVAL);
  ASSERT_EQ(posix_fadvise(fd, -1, 0, POSIX_FADV_NORMAL), EINVAL);
  ASSERT_EQ(fsync(fd), 0);
  ASSERT_EQ(fdatasync(fd), 0);
  ASSERT_ERRNO(fsync(-1), EBADF);
  ASSERT_ERRNO(fdatasync(4242), EBADF);
  close(fd);

  // Read-only: truncating is EBADF (not open for writing), allocating too;
  // fsync and fdatasync still work.
  fd = openat(dir, "size", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  ASSERT_ERRNO(ftruncate(fd, 0), EBADF);
  ASSERT_EQ(posix_fallocate(fd, 0, 10), EBADF);
  ASSERT_EQ(fsync(fd), 0);
  ASSERT_EQ(fdatasync(fd), 0);
  ASSERT_EQ(limit_rights(fd, ~(CLOUDABI_RIGHT_FILE_ADVISE | CLOUDABI_RIGHT_FD_SYNC), 0), 0);
  ASSERT_EQ(posix_fadvise(fd, 0, 0, POSIX_FADV_NORMAL), ENOTCAPABLE);
  ASSERT_ERRNO(fsync(fd), ENOTCAPABLE);
  close(fd);

  // A directory cannot be truncated.
  int d = make_dir("trunc_dir");
  ASSERT_TRUE(d >= 0);
  ASSERT_ERRNO(ftruncate(d, 0), EINVAL);
  close(d);
}

TEST(dup_and_dup2) {
  int dir = test_tmpdir();
  int a = openat(dir, "dupa", O_RDWR | O_CREAT | O_TRUNC, 0600);
  int b = openat(dir, "dupb", O_RDWR | O_CREAT | O_TRUNC, 0600);
  ASSERT_TRUE(a >= 0 && b >= 0);
  int c = dup(a);
  ASSERT_TRUE(c >= 0 && c != a);
  ASSERT_EQ(write(c, "1234", 4), 4);
  ASSERT_EQ(lseek(a, 0, SEEK_CUR), 4);
  ASSERT_EQ(rights_of(c), rights_of(a));
  // dup2 onto an open descriptor replaces it.
  ASSERT_EQ(dup2(a, b), b);
  ASSERT_EQ(lseek(b, 0, SEEK_CUR), 4);
  struct stat sa, sb;
  ASSERT_EQ(fstat(a, &sa), 0);
  ASSERT_EQ(fstat(b, &sb), 0);
  ASSERT_EQ(sa.st_ino, sb.st_ino);
  ASSERT_EQ(dup2(a, a), a);
  // The target must be open: numbers cannot be chosen.
  int unused = dup(a);
  ASSERT_EQ(close(unused), 0);
  ASSERT_ERRNO(dup2(a, unused), EBADF);
  ASSERT_ERRNO(dup2(-1, b), EBADF);
  ASSERT_ERRNO(dup2(a, -1), EBADF);
  ASSERT_ERRNO(dup2(unused, unused), EBADF);
  ASSERT_ERRNO(dup(-1), EBADF);
  close(a);
  close(b);
  close(c);
}

TEST(openat_sync_flags) {
  int dir = test_tmpdir();
  int fd = openat(dir, "dsync", O_WRONLY | O_CREAT | O_DSYNC, 0600);
  ASSERT_TRUE(fd >= 0);
  ASSERT_TRUE(fcntl(fd, F_GETFL) & O_DSYNC);
  ASSERT_EQ(write(fd, "x", 1), 1);
  // F_SETFL keeps the synchronisation flags.
  ASSERT_EQ(fcntl(fd, F_SETFL, O_NONBLOCK), 0);
  ASSERT_TRUE(fcntl(fd, F_GETFL) & O_DSYNC);
  close(fd);
  fd = openat(dir, "dsync", O_RDWR | O_SYNC);
  ASSERT_TRUE(fd >= 0);
  ASSERT_TRUE(fcntl(fd, F_GETFL) & O_SYNC);
  close(fd);
  fd = openat(dir, "dsync", O_RDONLY | O_RSYNC | O_CLOEXEC | O_NOCTTY);
  ASSERT_TRUE(fd >= 0);
  close(fd);
  // Synchronised opens need the synchronisation rights to be inheritable.
  int d = make_dir("nosync");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  ASSERT_EQ(limit_rights(d, ~(cloudabi_rights_t)0,
                         ~(CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_SYNC)),
            0);
  ASSERT_ERRNO(openat(d, "f", O_WRONLY | O_DSYNC), ENOTCAPABLE);
  ASSERT_ERRNO(openat(d, "f", O_RDONLY | O_SYNC), ENOTCAPABLE);
  fd = openat(d, "f", O_WRONLY);
  ASSERT_TRUE(fd >= 0);
  ASSERT_ERRNO(fsync(fd), ENOTCAPABLE);
  close(fd);
  close(d);
}

TEST(openat_exec_mode) {
  int dir = test_tmpdir();
  ASSERT_EQ(make_file(dir, "prog", "\x7f" "ELF"), 0);
  int fd = openat(dir, "prog", O_EXEC);
  ASSERT_TRUE(fd >= 0);
  cloudabi_rights_t r = rights_of(fd);
  ASSERT_TRUE(r & CLOUDABI_RIGHT_PROC_EXEC);
  ASSERT_TRUE(r & CLOUDABI_RIGHT_MEM_MAP_EXEC);
  ASSERT_FALSE(r & CLOUDABI_RIGHT_FD_READ);
  ASSERT_FALSE(r & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_EXEC);
  char c;
  ASSERT_ERRNO(read(fd, &c, 1), EBADF);
  struct stat st;
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, 4);
  close(fd);
}
