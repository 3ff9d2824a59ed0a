// Directory streams: readdir over many entries, cookies through
// telldir/seekdir, scandirat, readdir_r, long names.
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "posixtest.h"

#define MANY 10000

static void number_name(char *buf, int i) {
  // "e" followed by the decimal number.
  char digits[12];
  int n = 0;
  do {
    digits[n++] = (char)('0' + i % 10);
    i /= 10;
  } while (i > 0);
  *buf++ = 'e';
  while (n > 0)
    *buf++ = digits[--n];
  *buf = '\0';
}

static int parse_name(const char *name) {
  if (name[0] != 'e')
    return -1;
  int v = 0;
  for (const char *p = name + 1; *p != '\0'; p++) {
    if (*p < '0' || *p > '9')
      return -1;
    v = v * 10 + (*p - '0');
  }
  return v;
}

TEST(readdir_many_entries_and_cookies) {
  int d = make_dir("many");
  ASSERT_TRUE(d >= 0);
  for (int i = 0; i < MANY; i++) {
    char name[16];
    number_name(name, i);
    int fd = openat(d, name, O_WRONLY | O_CREAT | O_EXCL, 0600);
    ASSERT_TRUE(fd >= 0);
    close(fd);
  }
  DIR *dirp = fdopendir(d);
  ASSERT_TRUE(dirp != NULL);
  ASSERT_EQ(dirfd(dirp), d);

  // Read everything, remembering the position before each entry.
  static long before[MANY + 2];
  static int which[MANY + 2];
  static char seen[MANY];
  memset(seen, 0, sizeof(seen));
  int count = 0, dots = 0;
  for (;;) {
    long pos = telldir(dirp);
    errno = 0;
    struct dirent *de = readdir(dirp);
    if (de == NULL) {
      ASSERT_EQ(errno, 0);
      break;
    }
    ASSERT_TRUE(count < MANY + 2);
    before[count] = pos;
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) {
      ASSERT_EQ(de->d_type, DT_DIR);
      which[count++] = -1;
      dots++;
      continue;
    }
    int n = parse_name(de->d_name);
    ASSERT_TRUE(n >= 0 && n < MANY);
    ASSERT_EQ(seen[n], 0);
    seen[n] = 1;
    ASSERT_EQ(de->d_type, DT_REG);
    ASSERT_TRUE(de->d_ino != 0);
    which[count++] = n;
  }
  ASSERT_EQ(count, MANY + dots);
  for (int i = 0; i < MANY; i++)
    ASSERT_EQ(seen[i], 1);
  // At the end it stays at the end.
  ASSERT_TRUE(readdir(dirp) == NULL);

  // seekdir to remembered positions resumes at exactly that entry, and
  // reading on gives the same sequence as before.
  static const int probes[] = {0, 1, 2, 17, 333, 4999, 5000, 8191, MANY - 1, MANY + 1};
  for (size_t p = 0; p < sizeof(probes) / sizeof(probes[0]); p++) {
    int at = probes[p];
    if (at >= count)
      continue;
    seekdir(dirp, before[at]);
    ASSERT_EQ(telldir(dirp), before[at]);
    for (int k = at; k < at + 40 && k < count; k++) {
      struct dirent *de = readdir(dirp);
      ASSERT_TRUE(de != NULL);
      if (which[k] < 0)
        ASSERT_TRUE(de->d_name[0] == '.');
      else
        ASSERT_EQ(parse_name(de->d_name), which[k]);
    }
  }
  // The position after the last entry reads nothing.
  seekdir(dirp, before[count - 1]);
  ASSERT_TRUE(readdir(dirp) != NULL);
  long end = telldir(dirp);
  ASSERT_TRUE(readdir(dirp) == NULL);
  seekdir(dirp, end);
  ASSERT_TRUE(readdir(dirp) == NULL);

  // rewinddir starts over.
  rewinddir(dirp);
  ASSERT_EQ(telldir(dirp), before[0]);
  int again = 0;
  while (readdir(dirp) != NULL)
    again++;
  ASSERT_EQ(again, count);
  ASSERT_EQ(closedir(dirp), 0);
  ASSERT_FALSE(is_open(d));
}

TEST(readdir_long_names_and_types) {
  int d = make_dir("long");
  ASSERT_TRUE(d >= 0);
  // Names of every length up to NAME_MAX, so records of all sizes are cut
  // off at the buffer's end.
  char name[256];
  for (int len = 1; len <= 255; len++) {
    memset(name, 'a' + len % 26, (size_t)len);
    name[len] = '\0';
    ASSERT_EQ(make_file(d, name, "x"), 0);
  }
  ASSERT_EQ(mkdirat(d, "0dir", 0), 0);
  ASSERT_EQ(symlinkat("nowhere", d, "0link"), 0);
  DIR *dirp = opendirat(d, ".");
  ASSERT_TRUE(dirp != NULL);
  int lengths[256] = {0};
  int dirs = 0, links = 0;
  struct dirent *de;
  while ((de = readdir(dirp)) != NULL) {
    size_t len = strlen(de->d_name);
    if (strcmp(de->d_name, "0dir") == 0) {
      ASSERT_EQ(de->d_type, DT_DIR);
      dirs++;
    } else if (strcmp(de->d_name, "0link") == 0) {
      ASSERT_EQ(de->d_type, DT_LNK);
      links++;
    } else if (de->d_name[0] != '.') {
      ASSERT_TRUE(len >= 1 && len <= 255);
      for (size_t i = 0; i < len; i++)
        ASSERT_EQ(de->d_name[i], 'a' + (int)len % 26);
      ASSERT_EQ(de->d_type, DT_REG);
      lengths[len]++;
    }
  }
  for (int len = 1; len <= 255; len++)
    ASSERT_EQ(lengths[len], 1);
  ASSERT_EQ(dirs, 1);
  ASSERT_EQ(links, 1);
  // fdclosedir leaves the descriptor open.
  int fd = fdclosedir(dirp);
  ASSERT_TRUE(is_open(fd));
  close(fd);
  close(d);
}

TEST(readdir_r_copies) {
  int d = make_dir("rr");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "only", "x"), 0);
  DIR *dirp = opendirat(d, ".");
  ASSERT_TRUE(dirp != NULL);
  struct dirent entry, *result;
  int files = 0;
  for (;;) {
    ASSERT_EQ(readdir_r(dirp, &entry, &result), 0);
    if (result == NULL)
      break;
    ASSERT_TRUE(result == &entry);
    if (strcmp(entry.d_name, "only") == 0) {
      ASSERT_EQ(entry.d_type, DT_REG);
      files++;
    }
  }
  ASSERT_EQ(files, 1);
  ASSERT_EQ(closedir(dirp), 0);
  close(d);
}

static int no_dots(const struct dirent *de) {
  return de->d_name[0] != '.';
}

TEST(scandirat_sorted) {
  int d = make_dir("scan");
  ASSERT_TRUE(d >= 0);
  static const char *names[] = {"pear", "apple", "fig", "banana", "cherry"};
  for (size_t i = 0; i < 5; i++)
    ASSERT_EQ(make_file(d, names[i], "x"), 0);
  struct dirent **list;
  int n = scandirat(test_tmpdir(), "scan", &list, no_dots, alphasort);
  ASSERT_EQ(n, 5);
  ASSERT_STREQ(list[0]->d_name, "apple");
  ASSERT_STREQ(list[1]->d_name, "banana");
  ASSERT_STREQ(list[2]->d_name, "cherry");
  ASSERT_STREQ(list[3]->d_name, "fig");
  ASSERT_STREQ(list[4]->d_name, "pear");
  for (int i = 0; i < n; i++)
    free(list[i]);
  free(list);
  // Without a filter the dot entries come too.
  n = scandirat(d, ".", &list, NULL, NULL);
  ASSERT_EQ(n, 7);
  for (int i = 0; i < n; i++)
    free(list[i]);
  free(list);
  ASSERT_EQ(scandirat(d, "missing", &list, NULL, NULL), -1);
  ASSERT_EQ(errno, ENOENT);
  close(d);
}

TEST(opendir_errors) {
  int d = make_dir("oe");
  ASSERT_TRUE(d >= 0);
  ASSERT_EQ(make_file(d, "f", "x"), 0);
  int f = openat(d, "f", O_RDONLY);
  ASSERT_TRUE(f >= 0);
  errno = 0;
  ASSERT_TRUE(fdopendir(f) == NULL);
  ASSERT_EQ(errno, ENOTDIR);
  close(f);
  errno = 0;
  ASSERT_TRUE(fdopendir(-1) == NULL);
  ASSERT_EQ(errno, EBADF);
  errno = 0;
  ASSERT_TRUE(opendirat(d, "f") == NULL);
  ASSERT_EQ(errno, ENOTDIR);
  ASSERT_TRUE(opendirat(d, "../..") == NULL);
  ASSERT_EQ(errno, ENOTCAPABLE);
  // A directory descriptor without FILE_READDIR.
  int s = openat(d, ".", O_SEARCH);
  ASSERT_TRUE(s >= 0);
  errno = 0;
  ASSERT_TRUE(fdopendir(s) == NULL);
  ASSERT_EQ(errno, ENOTCAPABLE);
  close(s);
  close(d);
}

TEST(dt_constants_are_filetypes) {
  ASSERT_EQ(DT_UNKNOWN, CLOUDABI_FILETYPE_UNKNOWN);
  ASSERT_EQ(DT_BLK, CLOUDABI_FILETYPE_BLOCK_DEVICE);
  ASSERT_EQ(DT_CHR, CLOUDABI_FILETYPE_CHARACTER_DEVICE);
  ASSERT_EQ(DT_DIR, CLOUDABI_FILETYPE_DIRECTORY);
  ASSERT_EQ(DT_REG, CLOUDABI_FILETYPE_REGULAR_FILE);
  ASSERT_EQ(DT_LNK, CLOUDABI_FILETYPE_SYMBOLIC_LINK);
  ASSERT_EQ(DT_FIFO, CLOUDABI_FILETYPE_SOCKET_STREAM);
}

TEST(seekdir_onto_an_entry_larger_than_a_fresh_buffer) {
  // A fresh DIR starts with a small buffer; seeking straight to a
  // 255-byte name makes its record the first of a refill and larger than
  // the buffer, which then has to grow.
  int d = make_dir("big_first");
  ASSERT_TRUE(d >= 0);
  char name[256];
  for (int k = 0; k < 6; k++) {
    memset(name, 'A' + k, 255);
    name[255] = '\0';
    ASSERT_EQ(make_file(d, name, "x"), 0);
  }
  DIR *dirp = opendirat(d, ".");
  ASSERT_TRUE(dirp != NULL);
  long positions[16];
  char firsts[16];
  int n = 0;
  for (;;) {
    long pos = telldir(dirp);
    struct dirent *de = readdir(dirp);
    if (de == NULL)
      break;
    ASSERT_TRUE(n < 16);
    positions[n] = pos;
    firsts[n++] = de->d_name[0];
  }
  ASSERT_EQ(n, 8);
  ASSERT_EQ(closedir(dirp), 0);
  for (int i = 0; i < n; i++) {
    if (firsts[i] == '.')
      continue;
    dirp = opendirat(d, ".");
    ASSERT_TRUE(dirp != NULL);
    seekdir(dirp, positions[i]);
    struct dirent *de = readdir(dirp);
    ASSERT_TRUE(de != NULL);
    ASSERT_EQ(strlen(de->d_name), 255);
    ASSERT_EQ(de->d_name[0], firsts[i]);
    ASSERT_EQ(de->d_name[254], firsts[i]);
    // The rest of the directory follows in the same order.
    for (int j = i + 1; j < n; j++) {
      de = readdir(dirp);
      ASSERT_TRUE(de != NULL);
      ASSERT_EQ(de->d_name[0], firsts[j]);
    }
    ASSERT_TRUE(readdir(dirp) == NULL);
    ASSERT_EQ(closedir(dirp), 0);
  }
  close(d);
}

TEST(versionsort_orders_numbers) {
  int d = make_dir("versions");
  ASSERT_TRUE(d >= 0);
  static const char *names[] = {"v10", "v9", "v1", "v100", "v2"};
  for (size_t i = 0; i < 5; i++)
    ASSERT_EQ(make_file(d, names[i], "x"), 0);
  struct dirent **list;
  int n = scandirat(d, ".", &list, no_dots, versionsort);
  ASSERT_EQ(n, 5);
  static const char *want[] = {"v1", "v2", "v9", "v10", "v100"};
  for (int i = 0; i < n; i++) {
    ASSERT_STREQ(list[i]->d_name, want[i]);
    free(list[i]);
  }
  free(list);
  close(d);
}

TEST(readdir_error_is_reported) {
  int d = make_dir("rd_err");
  ASSERT_TRUE(d >= 0);
  DIR *dirp = fdopendir(d);
  ASSERT_TRUE(dirp != NULL);
  // The right to read the directory is taken away after opening.
  ASSERT_EQ(limit_rights(d, ~CLOUDABI_RIGHT_FILE_READDIR, ~(cloudabi_rights_t)0), 0);
  errno = 0;
  ASSERT_TRUE(readdir(dirp) == NULL);
  ASSERT_EQ(errno, ENOTCAPABLE);
  struct dirent entry, *result = &entry;
  ASSERT_EQ(readdir_r(dirp, &entry, &result), ENOTCAPABLE);
  ASSERT_TRUE(result == NULL);
  ASSERT_EQ(closedir(dirp), 0);
}
