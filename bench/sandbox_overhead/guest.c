// The guest of the sandbox overhead benchmark.  Argdata map:
//   op: "hello" (write one line to `out` and exit), "clock" (`count`
//       clock_time_get calls, which the runtime answers from the host's
//       vDSO without entering the kernel) or "write" (`count` one-byte
//       fd_write calls to `out`, each a real write(2) through the filter)
//   count: decimal string, out: a descriptor (stdout or /dev/null)
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>

void program_main(const argdata_t *ad) {
  const char *op = "hello";
  long count = 0;
  int out = -1;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *k, *s = NULL;
    if (argdata_get_str_c(key, &k) != 0)
      continue;
    argdata_get_str_c(value, &s);
    if (strcmp(k, "op") == 0 && s != NULL)
      op = s;
    else if (strcmp(k, "count") == 0 && s != NULL)
      count = atol(s);
    else if (strcmp(k, "out") == 0)
      argdata_get_fd(value, &out);
  }
  if (out < 0)
    exit(2);
  if (strcmp(op, "hello") == 0) {
    static const char line[] = "hello\n";
    cloudabi_ciovec_t iov = {line, sizeof(line) - 1};
    size_t n;
    exit(cloudabi_sys_fd_write((cloudabi_fd_t)out, &iov, 1, &n) == 0 ? 0 : 1);
  }
  if (strcmp(op, "clock") == 0) {
    cloudabi_timestamp_t t, sum = 0;
    for (long i = 0; i < count; i++) {
      if (cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 1, &t) != 0)
        exit(1);
      sum += t;
    }
    exit(sum == 0 && count > 0 ? 1 : 0);
  }
  if (strcmp(op, "write") == 0) {
    cloudabi_ciovec_t iov = {"x", 1};
    size_t n;
    for (long i = 0; i < count; i++)
      if (cloudabi_sys_fd_write((cloudabi_fd_t)out, &iov, 1, &n) != 0)
        exit(1);
    exit(0);
  }
  exit(3);
}
