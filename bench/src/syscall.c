// System call round trips: a 1-byte write() to /dev/null and
// clock_gettime(CLOCK_MONOTONIC).  Under CloudABI /dev/null is a granted
// descriptor (the "null" key of the argdata, from `--file null=/dev/null:rw`);
// natively it is opened by path.
#include <string.h>
#include <unistd.h>

#include "bench.h"

#ifdef __CloudABI__
#include <argdata.h>
#include <program.h>

static int raw_fd(void *arg, size_t fd) {
  (void)arg;
  return (int)fd;
}

static int null_fd(void) {
  const void *buf;
  size_t len;
  program_get_raw_argdata(&buf, &len);
  argdata_t *ad = argdata_from_buffer(buf, len, raw_fd, NULL);
  BENCH_CHECK("write_devnull", ad != NULL, "no argdata");
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  int fd = -1;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *k;
    if (argdata_get_str_c(key, &k) == 0 && strcmp(k, "null") == 0)
      argdata_get_fd(value, &fd);
  }
  argdata_free(ad);
  return fd;
}
#else
#include <fcntl.h>

static int null_fd(void) {
  return open("/dev/null", O_WRONLY);
}
#endif

int main(int argc, char **argv) {
  bench_init(argc, argv);
  int fd = null_fd();
  BENCH_CHECK("write_devnull", fd >= 0, "no descriptor for /dev/null");
  uint64_t n = bench_n(100000), ns;
  uint64_t written = 0;
  BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) written += (uint64_t)write(fd, "x", 1););
  BENCH_CHECK("write_devnull", written == BENCH_TRIALS * n, "a write did not write 1 byte");
  bench_report("write_devnull", ns, n);

  n = bench_n(1000000);
  uint64_t backwards = 0, previous = 0, failed = 0;
  BENCH_BEST(ns, for (uint64_t i = 0; i < n; i++) {
    struct timespec ts;
    failed += clock_gettime(CLOCK_MONOTONIC, &ts) != 0;
    uint64_t t = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    backwards += t < previous;
    previous = t;
  });
  BENCH_CHECK("clock_gettime", failed == 0 && backwards == 0,
              "%llu failures, %llu times the clock went back", (unsigned long long)failed,
              (unsigned long long)backwards);
  bench_report("clock_gettime", ns, n);
  return 0;
}
