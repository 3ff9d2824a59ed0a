// mkstempat and mkdtempat: new files and directories with unique random
// names inside a granted directory, refused templates, and a directory
// without the right to create anything.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/capsicum.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

static int is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

TEST(creates_a_new_empty_file) {
  char name[] = "tmp.XXXXXX";
  int fd = mkstempat(test_tmpdir(), name);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(memcmp(name, "tmp.", 4), 0);
  ASSERT_FALSE(strcmp(name + 4, "XXXXXX") == 0);
  for (int i = 4; i < 10; ++i)
    ASSERT_TRUE(is_alnum(name[i]));
  struct stat st, by_name;
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_TRUE(S_ISREG(st.st_mode));
  ASSERT_EQ(st.st_size, 0);
  ASSERT_EQ(fstatat(test_tmpdir(), name, &by_name, 0), 0);
  ASSERT_EQ(by_name.st_ino, st.st_ino);
  // Open for reading and writing.
  ASSERT_EQ(write(fd, "data", 4), 4);
  char buf[4];
  ASSERT_EQ(pread(fd, buf, 4, 0), 4);
  ASSERT_MEMEQ(buf, "data", 4);
  ASSERT_EQ(close(fd), 0);
  ASSERT_EQ(unlinkat(test_tmpdir(), name, 0), 0);
}

TEST(names_are_unique) {
  enum { N = 40 };
  char names[N][16];
  for (int i = 0; i < N; ++i) {
    strcpy(names[i], "u-XXXXXX");
    int fd = mkstempat(test_tmpdir(), names[i]);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    for (int j = 0; j < i; ++j)
      ASSERT_FALSE(strcmp(names[i], names[j]) == 0);
  }
  for (int i = 0; i < N; ++i)
    ASSERT_EQ(unlinkat(test_tmpdir(), names[i], 0), 0);
}

TEST(template_must_end_in_six_xs) {
  static const char *const bad[] = {"", "XXXXX", "abcXXXXX", "XXXXXXa",
                                    "XXXXXX.tmp"};
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); ++i) {
    char name[16];
    strcpy(name, bad[i]);
    errno = 0;
    ASSERT_EQ(mkstempat(test_tmpdir(), name), -1);
    ASSERT_EQ(errno, EINVAL);
    ASSERT_STREQ(name, bad[i]);
    errno = 0;
    ASSERT_TRUE(mkdtempat(test_tmpdir(), name) == NULL);
    ASSERT_EQ(errno, EINVAL);
    ASSERT_STREQ(name, bad[i]);
  }
  // Six X's alone are a template; more X's keep the leading ones.
  char just[] = "XXXXXX", more[] = "XXXXXXXX";
  int fd = mkstempat(test_tmpdir(), just);
  ASSERT_TRUE(fd >= 0);
  close(fd);
  fd = mkstempat(test_tmpdir(), more);
  ASSERT_TRUE(fd >= 0);
  close(fd);
  ASSERT_EQ(memcmp(more, "XX", 2), 0);
  ASSERT_EQ(unlinkat(test_tmpdir(), just, 0), 0);
  ASSERT_EQ(unlinkat(test_tmpdir(), more, 0), 0);
}

TEST(mkdtempat_and_a_file_inside) {
  char dir[] = "d.XXXXXX";
  ASSERT_TRUE(mkdtempat(test_tmpdir(), dir) == dir);
  ASSERT_FALSE(strcmp(dir, "d.XXXXXX") == 0);
  struct stat st;
  ASSERT_EQ(fstatat(test_tmpdir(), dir, &st, 0), 0);
  ASSERT_TRUE(S_ISDIR(st.st_mode));
  // A template with a directory part is resolved relative to dirfd.
  char path[32];
  strcpy(path, dir);
  strcat(path, "/f.XXXXXX");
  int fd = mkstempat(test_tmpdir(), path);
  ASSERT_TRUE(fd >= 0);
  close(fd);
  ASSERT_EQ(fstatat(test_tmpdir(), path, &st, 0), 0);
  ASSERT_TRUE(S_ISREG(st.st_mode));
  ASSERT_EQ(unlinkat(test_tmpdir(), path, 0), 0);
  ASSERT_EQ(unlinkat(test_tmpdir(), dir, AT_REMOVEDIR), 0);
}

TEST(directory_without_create_rights) {
  int ro = dup(test_tmpdir());
  ASSERT_TRUE(ro >= 0);
  cap_rights_t r;
  cap_rights_init(&r, CAP_LOOKUP, CAP_READ, CAP_FSTATAT, CAP_FSTAT);
  ASSERT_EQ(cap_rights_limit(ro, &r), 0);
  char name[] = "no.XXXXXX";
  errno = 0;
  ASSERT_EQ(mkstempat(ro, name), -1);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_STREQ(name, "no.XXXXXX");
  errno = 0;
  ASSERT_TRUE(mkdtempat(ro, name) == NULL);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_STREQ(name, "no.XXXXXX");
  close(ro);
  // A descriptor that is not a directory.
  errno = 0;
  ASSERT_EQ(mkstempat(-1, name), -1);
  ASSERT_EQ(errno, EBADF);
}
