// Path operations beneath directory descriptors: *at() calls, stat,
// timestamps, and the confinement of paths.
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "posixtest.h"

int renameat(int, const char *, int, const char *);

TEST(fstatat_and_fstat) {
  int d = make_dir("st");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "file", "12345"), 0);
  ASSERT_EQ(mkdirat(d, "dir", 0755), 0);
  ASSERT_EQ(symlinkat("file", d, "link"), 0);
  struct stat st;
  ASSERT_EQ(fstatat(d, "file", &st, 0), 0);
  ASSERT_TRUE(S_ISREG(st.st_mode));
  ASSERT_EQ(st.st_mode & ~S_IFMT, 0);  // no permission bits
  ASSERT_EQ(st.st_size, 5);
  ASSERT_EQ(st.st_nlink, 1);
  ASSERT_TRUE(st.st_ino != 0);
  ASSERT_TRUE(st.st_mtim.tv_sec > 1000000000);
  ASSERT_TRUE(st.st_mtim.tv_nsec >= 0 && st.st_mtim.tv_nsec < 1000000000);
  ASSERT_EQ(st.st_mtime, st.st_mtim.tv_sec);
  ino_t ino = st.st_ino;
  dev_t dev = st.st_dev;
  // Following the symlink, and not.
  ASSERT_EQ(fstatat(d, "link", &st, 0), 0);
  ASSERT_TRUE(S_ISREG(st.st_mode));
  ASSERT_EQ(st.st_ino, ino);
  ASSERT_EQ(fstatat(d, "link", &st, AT_SYMLINK_NOFOLLOW), 0);
  ASSERT_TRUE(S_ISLNK(st.st_mode));
  ASSERT_EQ(st.st_size, 4);
  ASSERT_EQ(fstatat(d, "dir", &st, 0), 0);
  ASSERT_TRUE(S_ISDIR(st.st_mode));
  ASSERT_FALSE(S_ISREG(st.st_mode));
  ASSERT_ERRNO(fstatat(d, "file", &st, 0x100), EINVAL);
  ASSERT_ERRNO(fstatat(d, "nothing", &st, 0), ENOENT);
  ASSERT_ERRNO(fstatat(d, "file/x", &st, 0), ENOTDIR);
  ASSERT_ERRNO(fstatat(d, "", &st, 0), ENOENT);
  int fd = openat(d, "file", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_ino, ino);
  ASSERT_EQ(st.st_dev, dev);
  ASSERT_TRUE(S_ISREG(st.st_mode));
  ASSERT_FALSE(S_TYPEISSHM(&st));
  ASSERT_EQ(limit_rights(fd, ~CLOUDABI_RIGHT_FILE_STAT_FGET, 0), 0);
  ASSERT_ERRNO(fstat(fd, &st), ENOTCAPABLE);
  close(fd);
  ASSERT_ERRNO(fstat(-1, &st), EBADF);
  ASSERT_EQ(fstat(d, &st), 0);
  ASSERT_TRUE(S_ISDIR(st.st_mode));
  ASSERT_EQ(limit_rights(d, ~CLOUDABI_RIGHT_FILE_STAT_GET, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(fstatat(d, "file", &st, 0), ENOTCAPABLE);
  close(d);
}

TEST(mkdirat_unlinkat) {
  int d = make_dir("mk");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(mkdirat(d, "a", 0), 0);
  ASSERT_ERRNO(mkdirat(d, "a", 0), EEXIST);
  ASSERT_EQ(mkdirat(d, "a/b", 0), 0);
  ASSERT_ERRNO(mkdirat(d, "x/y", 0), ENOENT);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  ASSERT_ERRNO(mkdirat(d, "f/z", 0), ENOTDIR);
  ASSERT_ERRNO(unlinkat(d, "a", AT_REMOVEDIR), ENOTEMPTY);
  ASSERT_ERRNO(unlinkat(d, "a", 0), EPERM);  // a directory without AT_REMOVEDIR
  ASSERT_ERRNO(unlinkat(d, "f", AT_REMOVEDIR), ENOTDIR);
  ASSERT_ERRNO(unlinkat(d, "f", 0x40), EINVAL);
  ASSERT_EQ(unlinkat(d, "a/b", AT_REMOVEDIR), 0);
  ASSERT_EQ(unlinkat(d, "a", AT_REMOVEDIR), 0);
  ASSERT_EQ(unlinkat(d, "f", 0), 0);
  ASSERT_ERRNO(unlinkat(d, "f", 0), ENOENT);
  // Rights.
  ASSERT_EQ(limit_rights(d, ~(CLOUDABI_RIGHT_FILE_CREATE_DIRECTORY | CLOUDABI_RIGHT_FILE_UNLINK),
                         ~(cloudabi_rights_t)0),
            0);
  ASSERT_EQ(make_file(d, "g", "x"), 0);
  ASSERT_ERRNO(mkdirat(d, "c", 0), ENOTCAPABLE);
  ASSERT_ERRNO(unlinkat(d, "g", 0), ENOTCAPABLE);
  close(d);
}

TEST(renameat_linkat) {
  int d = make_dir("rn");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(mkdirat(d, "sub", 0), 0);
  int sub = openat(d, "sub", O_RDONLY | O_DIRECTORY);
  ASSERT_TRUE(sub >= 0);
  ASSERT_EQ(make_file(d, "old", "data"), 0);
  ASSERT_EQ(renameat(d, "old", sub, "new"), 0);
  struct stat st;
  ASSERT_ERRNO(fstatat(d, "old", &st, 0), ENOENT);
  ASSERT_EQ(fstatat(d, "sub/new", &st, 0), 0);
  ASSERT_EQ(st.st_size, 4);
  ASSERT_ERRNO(renameat(d, "old", d, "x"), ENOENT);
  // Hard link: same inode, two links.
  ASSERT_EQ(linkat(sub, "new", d, "hard", 0), 0);
  struct stat st2;
  ASSERT_EQ(fstatat(d, "hard", &st2, 0), 0);
  ASSERT_EQ(st2.st_ino, st.st_ino);
  ASSERT_EQ(st2.st_nlink, 2);
  ASSERT_ERRNO(linkat(sub, "new", d, "hard", 0), EEXIST);
  ASSERT_ERRNO(linkat(sub, "new", d, "hard2", 0x8000), EINVAL);
  // linkat of a symlink: the link itself, or (AT_SYMLINK_FOLLOW) its target.
  ASSERT_EQ(symlinkat("hard", d, "sym"), 0);
  ASSERT_EQ(linkat(d, "sym", d, "sym_copy", 0), 0);
  ASSERT_EQ(fstatat(d, "sym_copy", &st2, AT_SYMLINK_NOFOLLOW), 0);
  ASSERT_TRUE(S_ISLNK(st2.st_mode));
  ASSERT_EQ(linkat(d, "sym", d, "followed", AT_SYMLINK_FOLLOW), 0);
  ASSERT_EQ(fstatat(d, "followed", &st2, AT_SYMLINK_NOFOLLOW), 0);
  ASSERT_TRUE(S_ISREG(st2.st_mode));
  ASSERT_EQ(st2.st_ino, st.st_ino);
  // Rights: rename source and target, link source and target.
  ASSERT_EQ(limit_rights(sub, ~(CLOUDABI_RIGHT_FILE_RENAME_TARGET | CLOUDABI_RIGHT_FILE_LINK_TARGET),
                         ~(cloudabi_rights_t)0),
            0);
  ASSERT_ERRNO(renameat(d, "hard", sub, "again"), ENOTCAPABLE);
  ASSERT_ERRNO(linkat(d, "hard", sub, "again", 0), ENOTCAPABLE);
  ASSERT_EQ(renameat(sub, "new", d, "back"), 0);
  ASSERT_EQ(limit_rights(d, ~CLOUDABI_RIGHT_FILE_RENAME_SOURCE, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(renameat(d, "back", d, "forth"), ENOTCAPABLE);
  close(sub);
  close(d);
}

TEST(symlinkat_readlinkat) {
  int d = make_dir("sl");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(symlinkat("some/target", d, "l"), 0);
  char buf[64];
  ASSERT_EQ(readlinkat(d, "l", buf, sizeof(buf)), 11);
  ASSERT_MEMEQ(buf, "some/target", 11);
  // Truncated, without a terminator.
  buf[4] = '#';
  ASSERT_EQ(readlinkat(d, "l", buf, 4), 4);
  ASSERT_MEMEQ(buf, "some#", 5);
  ASSERT_ERRNO(symlinkat("x", d, "l"), EEXIST);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  ASSERT_ERRNO(readlinkat(d, "f", buf, sizeof(buf)), EINVAL);
  ASSERT_ERRNO(readlinkat(d, "none", buf, sizeof(buf)), ENOENT);
  ASSERT_EQ(limit_rights(d, ~(CLOUDABI_RIGHT_FILE_READLINK | CLOUDABI_RIGHT_FILE_SYMLINK),
                         ~(cloudabi_rights_t)0),
            0);
  ASSERT_ERRNO(readlinkat(d, "l", buf, sizeof(buf)), ENOTCAPABLE);
  ASSERT_ERRNO(symlinkat("x", d, "m"), ENOTCAPABLE);
  close(d);
}

TEST(faccessat_answers_from_rights) {
  int d = make_dir("acc");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  ASSERT_EQ(mkdirat(d, "sub", 0), 0);
  ASSERT_EQ(faccessat(d, "f", F_OK, 0), 0);
  ASSERT_EQ(faccessat(d, "f", R_OK | W_OK, 0), 0);
  ASSERT_EQ(faccessat(d, "f", X_OK, AT_EACCESS), 0);
  ASSERT_EQ(faccessat(d, "sub", R_OK | W_OK | X_OK, 0), 0);
  ASSERT_ERRNO(faccessat(d, "none", F_OK, 0), ENOENT);
  ASSERT_ERRNO(faccessat(d, "f", 0100, 0), EINVAL);
  ASSERT_ERRNO(faccessat(d, "f", F_OK, 0x1000), EINVAL);
  ASSERT_ERRNO(faccessat(-1, "f", F_OK, 0), EBADF);
  ASSERT_EQ(limit_rights(d, ~(cloudabi_rights_t)0,
                         ~(CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_PROC_EXEC |
                           CLOUDABI_RIGHT_FILE_CREATE_FILE)),
            0);
  ASSERT_ERRNO(faccessat(d, "f", R_OK, 0), EACCES);
  ASSERT_ERRNO(faccessat(d, "f", X_OK, 0), EACCES);
  ASSERT_EQ(faccessat(d, "f", W_OK, 0), 0);
  ASSERT_EQ(faccessat(d, "sub", R_OK | X_OK, 0), 0);
  ASSERT_ERRNO(faccessat(d, "sub", W_OK, 0), EACCES);
  close(d);
}

TEST(utimensat_futimens) {
  int d = make_dir("times");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  struct timespec ts[2] = {{.tv_sec = 1000000000, .tv_nsec = 123456789},
                           {.tv_sec = 1200000000, .tv_nsec = 5}};
  ASSERT_EQ(utimensat(d, "f", ts, 0), 0);
  struct stat st;
  ASSERT_EQ(fstatat(d, "f", &st, 0), 0);
  ASSERT_EQ(st.st_atim.tv_sec, 1000000000);
  ASSERT_EQ(st.st_atim.tv_nsec, 123456789);
  ASSERT_EQ(st.st_mtim.tv_sec, 1200000000);
  ASSERT_EQ(st.st_mtim.tv_nsec, 5);
  // UTIME_OMIT keeps, UTIME_NOW sets the current time.
  struct timespec now;
  ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
  struct timespec ts2[2] = {{.tv_nsec = UTIME_OMIT}, {.tv_nsec = UTIME_NOW}};
  ASSERT_EQ(utimensat(d, "f", ts2, 0), 0);
  ASSERT_EQ(fstatat(d, "f", &st, 0), 0);
  ASSERT_EQ(st.st_atim.tv_sec, 1000000000);
  ASSERT_TRUE(st.st_mtim.tv_sec >= now.tv_sec - 2);
  struct timespec omit[2] = {{.tv_nsec = UTIME_OMIT}, {.tv_nsec = UTIME_OMIT}};
  ASSERT_EQ(utimensat(d, "f", omit, 0), 0);
  ASSERT_ERRNO(utimensat(d, "missing", omit, 0), ENOENT);
  struct timespec bad[2] = {{.tv_sec = 1, .tv_nsec = 1000000000}, {.tv_nsec = UTIME_OMIT}};
  ASSERT_ERRNO(utimensat(d, "f", bad, 0), EINVAL);
  struct timespec negative[2] = {{.tv_sec = -5}, {.tv_nsec = UTIME_OMIT}};
  ASSERT_ERRNO(utimensat(d, "f", negative, 0), EINVAL);
  ASSERT_ERRNO(utimensat(d, "f", ts, 0x4000), EINVAL);
  // A symlink's own times.
  ASSERT_EQ(symlinkat("f", d, "l"), 0);
  ASSERT_EQ(utimensat(d, "l", ts, AT_SYMLINK_NOFOLLOW), 0);
  ASSERT_EQ(fstatat(d, "l", &st, AT_SYMLINK_NOFOLLOW), 0);
  ASSERT_EQ(st.st_mtim.tv_sec, 1200000000);
  // NULL: both now.
  ASSERT_EQ(utimensat(d, "f", NULL, 0), 0);
  ASSERT_EQ(fstatat(d, "f", &st, 0), 0);
  ASSERT_TRUE(st.st_atim.tv_sec >= now.tv_sec - 2);

  int fd = openat(d, "f", O_RDWR);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(futimens(fd, ts), 0);
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_atim.tv_nsec, 123456789);
  ASSERT_EQ(futimens(fd, omit), 0);
  ASSERT_EQ(futimens(fd, NULL), 0);
  ASSERT_ERRNO(futimens(fd, bad), EINVAL);
  ASSERT_ERRNO(futimens(-1, NULL), EBADF);
  ASSERT_EQ(limit_rights(fd, ~CLOUDABI_RIGHT_FILE_STAT_FPUT_TIMES, 0), 0);
  ASSERT_ERRNO(futimens(fd, ts), ENOTCAPABLE);
  close(fd);
  ASSERT_EQ(limit_rights(d, ~CLOUDABI_RIGHT_FILE_STAT_PUT_TIMES, ~(cloudabi_rights_t)0), 0);
  ASSERT_ERRNO(utimensat(d, "f", ts, 0), ENOTCAPABLE);
  close(d);
}

TEST(escapes_are_refused) {
  int d = make_dir("jail");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(mkdirat(d, "inner", 0), 0);
  ASSERT_EQ(make_file(test_tmpdir(), "outside", "secret"), 0);
  struct stat st;
  ASSERT_ERRNO(openat(d, "../outside", O_RDONLY), ENOTCAPABLE);
  ASSERT_ERRNO(openat(d, "inner/../../outside", O_RDONLY), ENOTCAPABLE);
  ASSERT_ERRNO(openat(d, "/etc/passwd", O_RDONLY), ENOTCAPABLE);
  ASSERT_ERRNO(fstatat(d, "..", &st, 0), ENOTCAPABLE);
  ASSERT_ERRNO(fstatat(d, "/", &st, 0), ENOTCAPABLE);
  ASSERT_ERRNO(mkdirat(d, "../evil", 0), ENOTCAPABLE);
  ASSERT_ERRNO(unlinkat(test_tmpdir(), "/etc/passwd", 0), ENOTCAPABLE);
  ASSERT_ERRNO(make_file(d, "../created", "x"), ENOTCAPABLE);
  ASSERT_ERRNO(fstatat(test_tmpdir(), "created", &st, 0), ENOENT);
  // ".." that stays inside is fine.
  ASSERT_EQ(fstatat(d, "inner/..", &st, 0), 0);
  ASSERT_TRUE(S_ISDIR(st.st_mode));
  // Symlinks pointing outside, relative or absolute, lead nowhere.
  ASSERT_EQ(symlinkat("../outside", d, "rel"), 0);
  ASSERT_EQ(symlinkat("/etc/passwd", d, "abs"), 0);
  ASSERT_EQ(symlinkat("../../outside", d, "inner/deep"), 0);
  ASSERT_ERRNO(openat(d, "rel", O_RDONLY), ENOTCAPABLE);
  ASSERT_ERRNO(openat(d, "abs", O_RDONLY), ENOTCAPABLE);
  ASSERT_ERRNO(openat(d, "inner/deep", O_RDONLY), ENOTCAPABLE);
  ASSERT_ERRNO(fstatat(d, "rel", &st, 0), ENOTCAPABLE);
  // As an intermediate component too.
  ASSERT_EQ(symlinkat("..", d, "up"), 0);
  ASSERT_ERRNO(openat(d, "up/outside", O_RDONLY), ENOTCAPABLE);
  // Creating through a dangling link that points outside creates nothing.
  ASSERT_EQ(symlinkat("../made_outside", d, "dangling"), 0);
  ASSERT_ERRNO(openat(d, "dangling", O_WRONLY | O_CREAT, 0600), ENOTCAPABLE);
  ASSERT_ERRNO(fstatat(test_tmpdir(), "made_outside", &st, 0), ENOENT);
  // Nor do the other calls reach outside through a link in the middle.
  ASSERT_ERRNO(mkdirat(d, "up/made_dir", 0), ENOTCAPABLE);
  ASSERT_ERRNO(symlinkat("x", d, "up/made_link"), ENOTCAPABLE);
  ASSERT_ERRNO(renameat(d, "inner", d, "up/moved"), ENOTCAPABLE);
  ASSERT_ERRNO(linkat(d, "rel", d, "up/linked", 0), ENOTCAPABLE);
  ASSERT_ERRNO(unlinkat(d, "up/outside", 0), ENOTCAPABLE);
  ASSERT_EQ(fstatat(test_tmpdir(), "outside", &st, 0), 0);
  ASSERT_ERRNO(fstatat(test_tmpdir(), "made_dir", &st, 0), ENOENT);
  ASSERT_ERRNO(fstatat(test_tmpdir(), "moved", &st, 0), ENOENT);
  char buf[8];
  ASSERT_ERRNO(readlinkat(d, "up/jail", buf, sizeof(buf)), ENOTCAPABLE);
  ASSERT_ERRNO(utimensat(d, "up/outside", NULL, 0), ENOTCAPABLE);
  // Without following, the link itself is visible.
  ASSERT_EQ(fstatat(d, "abs", &st, AT_SYMLINK_NOFOLLOW), 0);
  ASSERT_TRUE(S_ISLNK(st.st_mode));
  close(d);
}

TEST(loops_long_names_and_not_directories) {
  int d = make_dir("errs");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(symlinkat("b", d, "a"), 0);
  ASSERT_EQ(symlinkat("a", d, "b"), 0);
  struct stat st;
  ASSERT_ERRNO(openat(d, "a", O_RDONLY), ELOOP);
  ASSERT_ERRNO(fstatat(d, "a", &st, 0), ELOOP);
  ASSERT_ERRNO(openat(d, "a/x", O_RDONLY), ELOOP);
  char name[300];
  memset(name, 'n', sizeof(name) - 1);
  name[sizeof(name) - 1] = '\0';
  ASSERT_ERRNO(openat(d, name, O_RDONLY), ENAMETOOLONG);
  ASSERT_ERRNO(mkdirat(d, name, 0), ENAMETOOLONG);
  ASSERT_EQ(make_file(d, "plain", "x"), 0);
  ASSERT_ERRNO(openat(d, "plain/x", O_RDONLY), ENOTDIR);
  ASSERT_ERRNO(openat(d, "plain/", O_RDONLY), ENOTDIR);
  // Relative to a descriptor that is not a directory.
  int f = openat(d, "plain", O_RDONLY);
  ASSERT_TRUE(f >= 0);
  ASSERT_ERRNO(fstatat(f, "x", &st, 0), ENOTCAPABLE);
  close(f);
  close(d);
}
