// Closing what the program was not granted: the configuration file, the
// executable once mapped (unless `!executable` granted it), and anything
// the launcher's parent left open.
#define _GNU_SOURCE
#include "sandbox_fds.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_close_range
#define SYS_close_range 436
#endif

static int compare_ints(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static bool kept(const int *sorted, size_t n, int fd) {
  return bsearch(&fd, sorted, n, sizeof(int), compare_ints) != NULL;
}

// Closes [lo, hi]; close_range needs Linux 5.9, the loop is the fallback.
static void close_span(unsigned lo, unsigned hi) {
  if (lo > hi)
    return;
  if (syscall(SYS_close_range, lo, hi, 0) == 0)
    return;
  struct rlimit rl;
  unsigned top = hi;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      rl.rlim_cur - 1 < top)
    top = (unsigned)(rl.rlim_cur - 1);
  for (unsigned fd = lo; fd <= top && fd < (unsigned)INT_MAX; fd++)
    close((int)fd);
}

int sandbox_close_other_fds(const int *keep, size_t n, bool fill_std, char *why,
                            size_t whylen) {
  int *sorted = malloc((n + 3) * sizeof(int));
  if (sorted == NULL) {
    snprintf(why, whylen, "out of memory");
    return -1;
  }
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (keep[i] >= 0)
      sorted[m++] = keep[i];
  qsort(sorted, m, sizeof(int), compare_ints);

  int null_fd = -1;
  for (int fd = STDIN_FILENO; fill_std && fd <= STDOUT_FILENO; fd++) {
    if (kept(sorted, m, fd))
      continue;
    if (null_fd < 0)
      null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null_fd < 0 || dup3(null_fd, fd, O_CLOEXEC) < 0) {
      snprintf(why, whylen, "cannot replace descriptor %d by /dev/null: %s", fd,
               strerror(errno));
      free(sorted);
      return -1;
    }
  }
  if (null_fd >= 0)
    close(null_fd);
  if (fill_std) {
    sorted[m++] = STDIN_FILENO;
    sorted[m++] = STDOUT_FILENO;
  }
  sorted[m++] = STDERR_FILENO;
  qsort(sorted, m, sizeof(int), compare_ints);

  unsigned next = 0;
  for (size_t i = 0; i < m; i++) {
    unsigned fd = (unsigned)sorted[i];
    if (fd > next)
      close_span(next, fd - 1);
    if (fd + 1 > next)
      next = fd + 1;
  }
  close_span(next, ~0u);
  free(sorted);
  return 0;
}
