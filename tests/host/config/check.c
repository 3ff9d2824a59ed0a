#include "check.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

int check_failures;
int check_count;

static void print_hex(const unsigned char *buf, size_t len) {
  for (size_t i = 0; i < len; ++i)
    fprintf(stderr, "%s%02X", i > 0 ? " " : "", buf[i]);
  fprintf(stderr, "\n");
}

bool check_bytes(const char *file, int line, const unsigned char *buf,
                 size_t len, const char *hex) {
  unsigned char expected[4096];
  size_t n = 0;
  for (const char *p = hex; *p != '\0';) {
    if (*p == ' ') {
      ++p;
      continue;
    }
    unsigned value;
    if (sscanf(p, "%2x", &value) != 1 || n == sizeof(expected))
      abort();  // malformed test vector
    expected[n++] = (unsigned char)value;
    p += 2;
  }
  ++check_count;
  if (n == len && (len == 0 || memcmp(buf, expected, n) == 0))
    return true;
  ++check_failures;
  fprintf(stderr, "%s:%d: bytes differ\n  expected: ", file, line);
  print_hex(expected, n);
  fprintf(stderr, "  actual:   ");
  print_hex(buf, len);
  return false;
}

bool check_str(const char *file, int line, const char *actual,
               const char *expected) {
  ++check_count;
  if (actual != NULL && strcmp(actual, expected) == 0)
    return true;
  ++check_failures;
  fprintf(stderr, "%s:%d: strings differ\n  expected: %s\n  actual:   %s\n",
          file, line, expected, actual != NULL ? actual : "(null)");
  return false;
}

int count_open_fds(void) {
  DIR *dir = opendir("/proc/self/fd");
  if (dir == NULL)
    abort();
  int count = 0;
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL)
    if (entry->d_name[0] != '.')
      ++count;
  closedir(dir);
  return count - 1;  // the directory stream itself
}
