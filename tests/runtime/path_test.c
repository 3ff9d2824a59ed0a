// Path resolution (cloudabi-abi.md §6).  Registered twice: once with the
// openat2 resolver and once with CLOUDABI_RUN_NO_OPENAT2=1, which selects
// the runtime's user-space walk; both must give these answers.
#include <harness.h>

#include "sys_test.h"

static cloudabi_fd_t dir(void) { return (cloudabi_fd_t)test_tmpdir(); }

static cloudabi_lookup_t at(bool follow) {
  return (cloudabi_lookup_t){.fd = dir(), .flags = follow ? CLOUDABI_LOOKUP_SYMLINK_FOLLOW : 0};
}

static cloudabi_errno_t mkdir_at(const char *path) {
  return cloudabi_sys_file_create(dir(), path, strlen(path), CLOUDABI_FILETYPE_DIRECTORY);
}

static cloudabi_errno_t symlink_at(const char *target, const char *path) {
  return cloudabi_sys_file_symlink(target, strlen(target), dir(), path, strlen(path));
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

// Opens path for reading and returns its first bytes (NUL-terminated).
static cloudabi_errno_t read_at(const char *path, bool follow, char *buf, size_t cap) {
  cloudabi_fdstat_t fds = {.fs_rights_base = CLOUDABI_RIGHT_FD_READ};
  cloudabi_fd_t f;
  cloudabi_errno_t e =
      cloudabi_sys_file_open(at(follow), path, strlen(path), 0, &fds, &f);
  if (e != 0)
    return e;
  size_t n = 0;
  e = sys_test_read(f, buf, cap - 1, &n);
  buf[n] = '\0';
  cloudabi_sys_fd_close(f);
  return e;
}

static cloudabi_errno_t stat_at(const char *path, bool follow, cloudabi_filestat_t *st) {
  return cloudabi_sys_file_stat_get(at(follow), path, strlen(path), st);
}

TEST(set_up_tree) {
  // a/b/, a/c = "c", a/b/d = "d", top = "top"
  ASSERT_EQ(mkdir_at("a"), 0);
  ASSERT_EQ(mkdir_at("a/b"), 0);
  ASSERT_EQ(make_file("a/c", "c"), 0);
  ASSERT_EQ(make_file("a/b/d", "d"), 0);
  ASSERT_EQ(make_file("top", "top"), 0);
  ASSERT_EQ(symlink_at("a/b", "to_b"), 0);
  ASSERT_EQ(symlink_at("../c", "a/b/up_c"), 0);
  ASSERT_EQ(symlink_at("../../..", "a/b/escape"), 0);
  ASSERT_EQ(symlink_at("/etc", "absolute"), 0);
  ASSERT_EQ(symlink_at("self", "self"), 0);
  ASSERT_EQ(symlink_at("ping", "pong"), 0);
  ASSERT_EQ(symlink_at("pong", "ping"), 0);
  ASSERT_EQ(symlink_at("created_through_link", "dangling"), 0);
  ASSERT_EQ(symlink_at("", "empty_link"), CLOUDABI_ENOENT);
}

TEST(dot_and_dotdot_inside_the_tree) {
  char buf[16];
  ASSERT_EQ(read_at("a/b/../c", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "c");
  ASSERT_EQ(read_at("./a/./b/./d", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "d");
  ASSERT_EQ(read_at("a/b/../../top", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "top");
  ASSERT_EQ(read_at("a//b///d", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "d");
}

TEST(escapes_are_not_capable) {
  char buf[16];
  cloudabi_filestat_t st;
  ASSERT_EQ(read_at("..", false, buf, sizeof(buf)), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(read_at("a/../../top", false, buf, sizeof(buf)), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(read_at("a/b/../../../x", false, buf, sizeof(buf)), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(read_at("/etc/hostname", true, buf, sizeof(buf)), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(stat_at("/", true, &st), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(stat_at("", true, &st), CLOUDABI_ENOENT);
  // Through symlinks: absolute targets and climbing ones.
  ASSERT_EQ(stat_at("absolute", true, &st), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(stat_at("absolute/hostname", false, &st), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(stat_at("a/b/escape", true, &st), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(stat_at("a/b/escape/x", false, &st), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(stat_at("to_b/../../..", false, &st), CLOUDABI_ENOTCAPABLE);
  // Without following, the final symlink itself is fine.
  ASSERT_EQ(stat_at("absolute", false, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_SYMBOLIC_LINK);
  ASSERT_EQ(stat_at("a/b/escape", false, &st), 0);
  // Calls on the last component refuse escapes too.
  ASSERT_EQ(mkdir_at("a/../../new"), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(mkdir_at("absolute/new"), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "a/b/escape/x", 12, 0), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(symlink_at("x", "to_b/../../../x"), CLOUDABI_ENOTCAPABLE);
}

TEST(intermediate_symlinks_are_expanded) {
  char buf[16];
  ASSERT_EQ(read_at("to_b/d", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "d");
  // ".." after a symlink is taken in the link's target.
  ASSERT_EQ(read_at("to_b/../c", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "c");
  ASSERT_EQ(read_at("to_b/up_c", true, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "c");
  // The final one only when asked to.
  ASSERT_EQ(read_at("to_b/up_c", false, buf, sizeof(buf)), CLOUDABI_ELOOP);
  cloudabi_filestat_t st;
  ASSERT_EQ(stat_at("to_b", false, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_SYMBOLIC_LINK);
  ASSERT_EQ(stat_at("to_b", true, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_DIRECTORY);
  // A trailing slash follows and demands a directory.
  ASSERT_EQ(stat_at("to_b/", false, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_DIRECTORY);
  ASSERT_EQ(stat_at("top/", true, &st), CLOUDABI_ENOTDIR);
  ASSERT_EQ(stat_at("top/x", true, &st), CLOUDABI_ENOTDIR);
  // Operations on a last component reached through a symlinked directory.
  ASSERT_EQ(make_file("to_b/e", "e"), 0);
  ASSERT_EQ(read_at("a/b/e", false, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "e");
  ASSERT_EQ(cloudabi_sys_file_rename(dir(), "to_b/e", 6, dir(), "to_b/../e2", 10), 0);
  ASSERT_EQ(read_at("a/e2", false, buf, sizeof(buf)), 0);
  ASSERT_EQ(cloudabi_sys_file_unlink(dir(), "to_b/../e2", 10, 0), 0);
  ASSERT_EQ(stat_at("a/e2", false, &st), CLOUDABI_ENOENT);
}

TEST(symlink_loops_are_eloop) {
  cloudabi_filestat_t st;
  ASSERT_EQ(stat_at("self", true, &st), CLOUDABI_ELOOP);
  ASSERT_EQ(stat_at("ping", true, &st), CLOUDABI_ELOOP);
  ASSERT_EQ(stat_at("ping/x", false, &st), CLOUDABI_ELOOP);
  ASSERT_EQ(stat_at("self", false, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_SYMBOLIC_LINK);
}

TEST(symlink_chains) {
  // chain0 -> chain1 -> ... -> chainN -> top.  Short chains resolve; a
  // chain longer than any resolver's limit (Linux 40, the walk 128) is
  // ELOOP in both.
  char name[16], next[16];
  for (int i = 0; i <= 140; i++) {
    name[0] = '\0';
    int n = i;
    char digits[8];
    int k = 0;
    do {
      digits[k++] = (char)('0' + n % 10);
      n /= 10;
    } while (n != 0);
    memcpy(name, "chain", 5);
    for (int j = 0; j < k; j++)
      name[5 + j] = digits[k - 1 - j];
    name[5 + k] = '\0';
    if (i == 0)
      ASSERT_EQ(symlink_at("top", name), 0);
    else
      ASSERT_EQ(symlink_at(next, name), 0);
    memcpy(next, name, sizeof(name));
  }
  char buf[16];
  ASSERT_EQ(read_at("chain20", true, buf, sizeof(buf)), 0);
  ASSERT_STREQ(buf, "top");
  ASSERT_EQ(read_at("chain140", true, buf, sizeof(buf)), CLOUDABI_ELOOP);
}

TEST(creation_through_a_dangling_symlink) {
  // Following the final symlink with O_CREAT creates its target, beneath
  // the directory.
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(dir(), "dangling", CLOUDABI_O_CREAT, RW_FILE_RIGHTS, 0, &f), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
  cloudabi_filestat_t st;
  ASSERT_EQ(stat_at("created_through_link", false, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_REGULAR_FILE);
  // Not when the link points outside.
  ASSERT_EQ(symlink_at("../outside_file", "dangling_out"), 0);
  ASSERT_EQ(sys_test_open(dir(), "dangling_out", CLOUDABI_O_CREAT, RW_FILE_RIGHTS, 0, &f),
            CLOUDABI_ENOTCAPABLE);
  // Without following, O_CREAT on a symlink is refused.
  cloudabi_lookup_t nofollow = at(false);
  cloudabi_fdstat_t fds = {.fs_rights_base = RW_FILE_RIGHTS};
  ASSERT_EQ(cloudabi_sys_file_open(nofollow, "dangling", 8, CLOUDABI_O_CREAT, &fds, &f),
            CLOUDABI_ELOOP);
}

TEST(directories_open_through_links) {
  cloudabi_fdstat_t fds = {.fs_rights_base = CLOUDABI_RIGHT_FILE_OPEN |
                                             CLOUDABI_RIGHT_FILE_READDIR,
                           .fs_rights_inheriting = CLOUDABI_RIGHT_FD_READ};
  cloudabi_fd_t d;
  ASSERT_EQ(cloudabi_sys_file_open(at(true), "to_b", 4, CLOUDABI_O_DIRECTORY, &fds, &d), 0);
  // Resolution beneath the new descriptor is confined to it.
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open(d, "d", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), 0);
  ASSERT_EQ(cloudabi_sys_fd_close(f), 0);
  ASSERT_EQ(sys_test_open(d, "../c", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(sys_test_open(d, "up_c", 0, CLOUDABI_RIGHT_FD_READ, 0, &f), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_open(at(true), "top", 3, CLOUDABI_O_DIRECTORY, &fds, &f),
            CLOUDABI_ENOTDIR);
  ASSERT_EQ(cloudabi_sys_fd_close(d), 0);
}
