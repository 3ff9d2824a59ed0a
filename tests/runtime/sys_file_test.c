// file_* system calls: confinement of paths beneath the directory
// descriptor, rights, and the readdir record format.
#include <harness.h>

#include "sys_test.h"

static cloudabi_fd_t dir(void) { return (cloudabi_fd_t)test_tmpdir(); }

static cloudabi_lookup_t at(cloudabi_fd_t fd, bool follow) {
  return (cloudabi_lookup_t){.fd = fd, .flags = follow ? CLOUDABI_LOOKUP_SYMLINK_FOLLOW : 0};
}

static cloudabi_errno_t make_file(const char *path, const char *contents) {
  cloudabi_fd_t f;
  cloudabi_errno_t e = sys_test_open(dir(), path, CLOUDABI_O_CREAT | CLOUDABI_O_TRUNC,
                                     RW_FILE_RIGHTS, 0, &f);
  if (e != 0)
    return e;
  size_t n;
  e = sys_test_write(f, contents, &n);
  cloudabi_sys_fd_close(f);
  return e;
}

static cloudabi_errno_t mkdir_at(const char *path) {
  return cloudabi_sys_file_create(dir(), path, strlen(path), CLOUDABI_FILETYPE_DIRECTORY);
}

TEST(create_write_reopen_read) {
  ASSERT_EQ(make_file("hello.txt", "hello"), 0);
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(dir(), "hello.txt", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), 0);
  char buf[16];
  size_t n;
  ASSERT_EQ(sys_test_read(f, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 5);
  ASSERT_MEMEQ(buf, "hello", 5);
  // Opened for reading only: writing is not a right of this descriptor.
  ASSERT_EQ(sys_test_write(f, "x", &n), CLOUDABI_ENOTCAPABLE);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(f, &st), 0);
  ASSERT_EQ(st.fs_filetype, CLOUDABI_FILETYPE_REGULAR_FILE);
  ASSERT_EQ(st.fs_rights_base, CLOUDABI_RIGHT_FD_READ);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
}

TEST(open_flags) {
  ASSERT_EQ(make_file("excl", "x"), 0);
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(dir(), "excl", CLOUDABI_O_CREAT | CLOUDABI_O_EXCL, RW_FILE_RIGHTS, 0, &f),
            CLOUDABI_EEXIST);
  ASSERT_EQ(sys_test_open(dir(), "excl", CLOUDABI_O_DIRECTORY, CLOUDABI_RIGHT_FD_READ, 0, &f),
            CLOUDABI_ENOTDIR);
  ASSERT_EQ(sys_test_open(dir(), "missing", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), CLOUDABI_ENOENT);
  ASSERT_EQ(sys_test_open(dir(), "excl", 0x100, CLOUDABI_RIGHT_FD_READ, 0, &f), CLOUDABI_EINVAL);
}

TEST(paths_stay_beneath_the_directory) {
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(dir(), "../x", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(sys_test_open(dir(), "/etc/passwd", 0, CLOUDABI_RIGHT_FD_READ, 0, &f),
            CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(sys_test_open(dir(), "", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), CLOUDABI_ENOENT);
  ASSERT_EQ(mkdir_at("sub"), 0);
  ASSERT_EQ(sys_test_open(dir(), "sub/../../x", 0, CLOUDABI_RIGHT_FD_READ, 0, &f),
            CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(mkdir_at(".."), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "..", 2, CLOUDABI_UNLINK_REMOVEDIR),
            CLOUDABI_ENOTCAPABLE);
  // "sub/.." is the directory itself, which is allowed.
  ASSERT_EQ(sys_test_open(dir(), "sub/..", CLOUDABI_O_DIRECTORY, CLOUDABI_RIGHT_FILE_READDIR, 0,
                          &f),
            0);
  cloudabi_sys_fd_close(f);
  // A path with a NUL byte inside is refused, not truncated.
  ASSERT_EQ(cloudabi_sys_file_create(dir(), "a\0b", 3, CLOUDABI_FILETYPE_DIRECTORY),
            CLOUDABI_EINVAL);
}

TEST(symlinks_are_confined_too) {
  ASSERT_EQ(make_file("target", "data"), 0);
  ASSERT_EQ(cloudabi_sys_file_symlink("target", 6, dir(), "link", 4), 0);
  ASSERT_EQ(cloudabi_sys_file_symlink("/etc/passwd", 11, dir(), "abs", 3), 0);
  ASSERT_EQ(cloudabi_sys_file_symlink("../../..", 8, dir(), "up", 2), 0);
  cloudabi_fd_t f;
  cloudabi_fdstat_t fds = {.fs_rights_base = CLOUDABI_RIGHT_FD_READ};
  ASSERT_EQ(cloudabi_sys_file_open(at(dir(), true), "link", 4, 0, &fds, &f), 0);
  cloudabi_sys_fd_close(f);
  ASSERT_EQ(cloudabi_sys_file_open(at(dir(), false), "link", 4, 0, &fds, &f), CLOUDABI_ELOOP);
  ASSERT_EQ(cloudabi_sys_file_open(at(dir(), true), "abs", 3, 0, &fds, &f), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_open(at(dir(), true), "up/etc/passwd", 13, 0, &fds, &f),
            CLOUDABI_ENOTCAPABLE);
  char buf[32];
  size_t n;
  ASSERT_EQ(cloudabi_sys_file_readlink(dir(), "abs", 3, buf, sizeof(buf), &n), 0);
  ASSERT_EQ(n, 11);
  ASSERT_MEMEQ(buf, "/etc/passwd", 11);
  ASSERT_EQ(cloudabi_sys_file_readlink(dir(), "abs", 3, buf, 4, &n), 0);
  ASSERT_EQ(n, 4);
  cloudabi_filestat_t st;
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), false), "link", 4, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_SYMBOLIC_LINK);
  ASSERT_EQ(st.st_size, 6);
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), true), "link", 4, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_REGULAR_FILE);
  ASSERT_EQ(st.st_size, 4);
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), true), "abs", 3, &st), CLOUDABI_ENOTCAPABLE);
  // A hard link through a followed symlink may not reach outside either.
  ASSERT_EQ(cloudabi_sys_file_link(at(dir(), true), "abs", 3, dir(), "stolen", 6),
            CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_link(at(dir(), true), "link", 4, dir(), "hard", 4), 0);
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), false), "hard", 4, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_REGULAR_FILE);
  ASSERT_EQ(st.st_nlink, 2);
}

TEST(rename_unlink_and_directories) {
  ASSERT_EQ(mkdir_at("d"), 0);
  ASSERT_EQ(mkdir_at("d"), CLOUDABI_EEXIST);
  ASSERT_EQ(make_file("d/f", "1"), 0);
  ASSERT_EQ(cloudabi_sys_file_rename(dir(), "d/f", 3, dir(), "g", 1), 0);
  cloudabi_filestat_t st;
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), false), "d/f", 3, &st), CLOUDABI_ENOENT);
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), false), "g", 1, &st), 0);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "d", 1, 0), CLOUDABI_EPERM);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "g", 1, CLOUDABI_UNLINK_REMOVEDIR), CLOUDABI_ENOTDIR);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "d", 1, CLOUDABI_UNLINK_REMOVEDIR), 0);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "g", 1, 0), 0);
  ASSERT_EQ(cloudabi_sys_file_create(dir(), "x", 1, CLOUDABI_FILETYPE_REGULAR_FILE),
            CLOUDABI_EINVAL);
}

TEST(stat_put_and_fput) {
  ASSERT_EQ(make_file("times", "abc"), 0);
  cloudabi_filestat_t st = {.st_atim = 1000000000ull * 1000, .st_mtim = 1000000000ull * 2000};
  ASSERT_EQ(cloudabi_sys_file_stat_put(at(dir(), false), "times", 5, &st,
                                       CLOUDABI_FILESTAT_ATIM | CLOUDABI_FILESTAT_MTIM),
            0);
  cloudabi_filestat_t got;
  ASSERT_EQ(cloudabi_sys_file_stat_get(at(dir(), false), "times", 5, &got), 0);
  ASSERT_EQ(got.st_atim, st.st_atim);
  ASSERT_EQ(got.st_mtim, st.st_mtim);
  ASSERT_EQ(cloudabi_sys_file_stat_put(at(dir(), false), "times", 5, &st, CLOUDABI_FILESTAT_SIZE),
            CLOUDABI_EINVAL);
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(dir(), "times", 0, RW_FILE_RIGHTS, 0, &f), 0);
  st.st_size = 10;
  ASSERT_EQ(cloudabi_sys_file_stat_fput(f, &st, CLOUDABI_FILESTAT_SIZE), 0);
  ASSERT_EQ(cloudabi_sys_file_stat_fget(f, &got), 0);
  ASSERT_EQ(got.st_size, 10);
  ASSERT_EQ(got.st_filetype, CLOUDABI_FILETYPE_REGULAR_FILE);
  ASSERT_EQ(cloudabi_sys_file_stat_fput(f, &st, CLOUDABI_FILESTAT_SIZE | CLOUDABI_FILESTAT_MTIM),
            CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_file_stat_fput(f, &st, CLOUDABI_FILESTAT_MTIM_NOW), 0);
  ASSERT_EQ(cloudabi_sys_file_allocate(f, 0, 100), 0);
  ASSERT_EQ(cloudabi_sys_file_stat_fget(f, &got), 0);
  ASSERT_EQ(got.st_size, 100);
  ASSERT_EQ(cloudabi_sys_file_advise(f, 0, 100, CLOUDABI_ADVICE_SEQUENTIAL), 0);
  ASSERT_EQ(cloudabi_sys_file_advise(f, 0, 100, 99), CLOUDABI_EINVAL);
  cloudabi_sys_fd_close(f);
}

TEST(open_rights_come_from_the_directory) {
  ASSERT_EQ(make_file("r", "x"), 0);
  // A directory that may only open files for reading.
  cloudabi_fd_t ro;
  ASSERT_EQ(sys_test_open(dir(), ".", CLOUDABI_O_DIRECTORY,
                          CLOUDABI_RIGHT_FILE_OPEN | CLOUDABI_RIGHT_FILE_READDIR,
                          CLOUDABI_RIGHT_FD_READ, &ro),
            0);
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(ro, "r", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), 0);
  cloudabi_sys_fd_close(f);
  ASSERT_EQ(sys_test_open(ro, "r", 0, CLOUDABI_RIGHT_FD_WRITE, 0, &f), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(sys_test_open(ro, "new", CLOUDABI_O_CREAT, CLOUDABI_RIGHT_FD_READ, 0, &f),
            CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_create(ro, "nd", 2, CLOUDABI_FILETYPE_DIRECTORY),
            CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_unlink(ro, "r", 1, 0), CLOUDABI_ENOTCAPABLE);
  // Rights that do not apply to a regular file are dropped on open.
  ASSERT_EQ(sys_test_open(dir(), "r", 0, CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FILE_OPEN,
                          0, &f),
            0);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(f, &st), 0);
  ASSERT_EQ(st.fs_rights_base, CLOUDABI_RIGHT_FD_READ);
  cloudabi_sys_fd_close(f);
  cloudabi_sys_fd_close(ro);
}

// Parses readdir output; returns the number of complete records and the
// cookie after the last one.
static size_t parse_records(const char *buf, size_t used, char names[][16], size_t max,
                            cloudabi_dircookie_t *last) {
  size_t count = 0, off = 0;
  while (off + sizeof(cloudabi_dirent_t) <= used) {
    cloudabi_dirent_t d;
    memcpy(&d, buf + off, sizeof(d));
    if (off + sizeof(d) + d.d_namlen > used)
      break;
    if (count < max && d.d_namlen < 16) {
      memcpy(names[count], buf + off + sizeof(d), d.d_namlen);
      names[count][d.d_namlen] = '\0';
    }
    *last = d.d_next;
    count++;
    off += sizeof(d) + d.d_namlen;
  }
  return count;
}

TEST(readdir_records_and_cookies) {
  ASSERT_EQ(mkdir_at("list"), 0);
  ASSERT_EQ(make_file("list/alpha", ""), 0);
  ASSERT_EQ(make_file("list/beta", ""), 0);
  ASSERT_EQ(mkdir_at("list/gamma"), 0);
  cloudabi_fd_t d;
  ASSERT_EQ(sys_test_open(dir(), "list", CLOUDABI_O_DIRECTORY, CLOUDABI_RIGHT_FILE_READDIR, 0, &d),
            0);
  // Everything at once: five entries including "." and "..".
  char big[4096];
  size_t used;
  ASSERT_EQ(cloudabi_sys_file_readdir(d, big, sizeof(big), CLOUDABI_DIRCOOKIE_START, &used), 0);
  ASSERT_TRUE(used < sizeof(big));
  char names[8][16];
  cloudabi_dircookie_t cookie = 0;
  ASSERT_EQ(parse_records(big, used, names, 8, &cookie), 5);
  size_t seen = 0;
  for (size_t i = 0; i < 5; i++) {
    cloudabi_dirent_t rec;
    (void)rec;
    if (strcmp(names[i], "alpha") == 0 || strcmp(names[i], "beta") == 0 ||
        strcmp(names[i], "gamma") == 0 || strcmp(names[i], ".") == 0 ||
        strcmp(names[i], "..") == 0)
      seen++;
  }
  ASSERT_EQ(seen, 5);
  // Record types.
  size_t off = 0;
  for (size_t i = 0; i < 5; i++) {
    cloudabi_dirent_t rec;
    memcpy(&rec, big + off, sizeof(rec));
    if (strcmp(names[i], "gamma") == 0)
      ASSERT_EQ(rec.d_type, CLOUDABI_FILETYPE_DIRECTORY);
    if (strcmp(names[i], "alpha") == 0)
      ASSERT_EQ(rec.d_type, CLOUDABI_FILETYPE_REGULAR_FILE);
    off += sizeof(rec) + rec.d_namlen;
  }
  // A small buffer: the last record is cut off and the buffer is full;
  // continuing from the last complete record's cookie yields the rest.
  char small[40];
  ASSERT_EQ(cloudabi_sys_file_readdir(d, small, sizeof(small), CLOUDABI_DIRCOOKIE_START, &used), 0);
  ASSERT_EQ(used, sizeof(small));
  ASSERT_MEMEQ(small, big, sizeof(small));
  char first[1][16];
  ASSERT_EQ(parse_records(small, used, first, 1, &cookie), 1);
  ASSERT_EQ(cloudabi_sys_file_readdir(d, big, sizeof(big), cookie, &used), 0);
  ASSERT_EQ(parse_records(big, used, names, 8, &cookie), 4);
  // At the end: nothing more.
  ASSERT_EQ(cloudabi_sys_file_readdir(d, big, sizeof(big), cookie, &used), 0);
  ASSERT_EQ(used, 0);
  cloudabi_sys_fd_close(d);
}
