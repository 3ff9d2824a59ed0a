// Times cloudabi-run with and without the sandbox.
//
//   sandbox_overhead RUN GUEST WORKDIR [RUNS] [COUNT]
//
// Three workloads of the guest (guest.c): "hello" (one line: start-up and
// exit, RUNS runs each way), "clock" and "write" (COUNT clock_time_get /
// one-byte fd_write calls to a /dev/null grant, 5 runs each way).  Runs
// alternate between the two modes so drift in machine load hits both;
// the median and the minimum of each are printed as a Markdown table, for
// the wall time and for the CPU time (user + system, from wait4) of the
// runtime process, which a loaded machine disturbs less.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void write_config(const char *path, const char *op, long count) {
  FILE *f = fopen(path, "we");
  if (f == NULL) {
    perror(path);
    exit(2);
  }
  fprintf(f, "%%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nop: %s\ncount: \"%ld\"\n", op, count);
  if (strcmp(op, "hello") == 0)
    fprintf(f, "out: !fd stdout\n");
  else
    fprintf(f, "out: !file {path: /dev/null, mode: rw}\n");
  fclose(f);
}

// One run; returns the wall time in seconds and stores the CPU time.
static double run_once(const char *run, const char *guest, const char *config, bool sandbox,
                       double *cpu) {
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    exit(2);
  }
  if (pid == 0) {
    int null_fd = open("/dev/null", O_RDWR);
    if (null_fd < 0 || dup2(null_fd, 1) < 0 || dup2(null_fd, 2) < 0)
      _exit(125);
    if (sandbox)
      execl(run, run, guest, config, (char *)NULL);
    else
      execl(run, run, "--no-sandbox", guest, config, (char *)NULL);
    _exit(126);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "sandbox_overhead: %s run failed (status 0x%x)\n",
            sandbox ? "sandboxed" : "unsandboxed", status);
    exit(1);
  }
  double wall = now() - t0;
  *cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
  return wall;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void measure(const char *run, const char *guest, const char *workdir, const char *op,
                    long count, int runs, const char *label, double unit, const char *unit_name) {
  char config[4096];
  snprintf(config, sizeof(config), "%s/%s.yaml", workdir, op);
  write_config(config, op, count);
  size_t n = (size_t)runs;
  double *on = calloc(n, sizeof(double)), *off = calloc(n, sizeof(double));
  double *con = calloc(n, sizeof(double)), *coff = calloc(n, sizeof(double));
  if (on == NULL || off == NULL || con == NULL || coff == NULL)
    exit(2);
  double ignored;
  run_once(run, guest, config, true, &ignored);  // warm the page cache
  for (size_t i = 0; i < n; i++) {
    off[i] = run_once(run, guest, config, false, &coff[i]);
    on[i] = run_once(run, guest, config, true, &con[i]);
  }
  double *sets[] = {on, off, con, coff};
  for (size_t k = 0; k < 4; k++)
    qsort(sets[k], n, sizeof(double), compare_doubles);
  printf("| %s | wall | %d | %.3f %s (min %.3f) | %.3f %s (min %.3f) | %+.1f%% |\n", label, runs,
         off[n / 2] / unit, unit_name, off[0] / unit, on[n / 2] / unit, unit_name, on[0] / unit,
         (on[n / 2] - off[n / 2]) / off[n / 2] * 100.0);
  printf("| %s | CPU | %d | %.3f %s (min %.3f) | %.3f %s (min %.3f) | %+.1f%% |\n", label, runs,
         coff[n / 2] / unit, unit_name, coff[0] / unit, con[n / 2] / unit, unit_name,
         con[0] / unit, coff[n / 2] > 0 ? (con[n / 2] - coff[n / 2]) / coff[n / 2] * 100.0 : 0.0);
  fflush(stdout);
  for (size_t k = 0; k < 4; k++)
    free(sets[k]);
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: sandbox_overhead RUN GUEST WORKDIR [RUNS] [COUNT]\n");
    return 2;
  }
  int runs = argc > 4 ? atoi(argv[4]) : 200;
  long count = argc > 5 ? atol(argv[5]) : 1000000;
  if (runs < 1 || count < 1)
    return 2;
  mkdir(argv[3], 0755);
  printf("| workload | time | runs | `--no-sandbox` (median) | sandbox (median) | difference |\n"
         "|---|---|---|---|---|---|\n");
  measure(argv[1], argv[2], argv[3], "hello", 0, runs, "hello world (start to exit)", 1e-3,
          "ms");
  char label[128];
  snprintf(label, sizeof(label), "%ld x clock_time_get", count);
  measure(argv[1], argv[2], argv[3], "clock", count, 5, label, 1e-3, "ms");
  snprintf(label, sizeof(label), "%ld x fd_write(1 byte) to /dev/null", count);
  measure(argv[1], argv[2], argv[3], "write", count, 5, label, 1e-3, "ms");
  return 0;
}
