// Times cloudabi-run with and without the sandbox.
//
//   sandbox_overhead RUN GUEST WORKDIR [RUNS] [COUNT]
//
// Three workloads of the guest (guest.c): "hello" (one line: start-up and
// exit, RUNS runs each way), "clock" and "write" (COUNT clock_time_get /
// one-byte fd_write calls to a /dev/null grant, 5 runs each way).  Runs
// alternate between the two modes so drift in machine load hits both;
// the median and the minimum of each are printed as a Markdown table.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

// One run; returns the wall time in seconds.
static double run_once(const char *run, const char *guest, const char *config, bool sandbox) {
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
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "sandbox_overhead: %s run failed (status 0x%x)\n",
            sandbox ? "sandboxed" : "unsandboxed", status);
    exit(1);
  }
  return now() - t0;
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
  double *on = calloc((size_t)runs, sizeof(double)), *off = calloc((size_t)runs, sizeof(double));
  if (on == NULL || off == NULL)
    exit(2);
  run_once(run, guest, config, true);  // warm the page cache
  for (int i = 0; i < runs; i++) {
    off[i] = run_once(run, guest, config, false);
    on[i] = run_once(run, guest, config, true);
  }
  qsort(on, (size_t)runs, sizeof(double), compare_doubles);
  qsort(off, (size_t)runs, sizeof(double), compare_doubles);
  double med_on = on[runs / 2], med_off = off[runs / 2];
  printf("| %s | %d | %.3f %s (min %.3f) | %.3f %s (min %.3f) | %+.1f%% |\n", label, runs,
         med_off / unit, unit_name, off[0] / unit, med_on / unit, unit_name, on[0] / unit,
         (med_on - med_off) / med_off * 100.0);
  fflush(stdout);
  free(on);
  free(off);
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
  printf("| workload | runs | `--no-sandbox` (median) | sandbox (median) | difference |\n"
         "|---|---|---|---|---|\n");
  measure(argv[1], argv[2], argv[3], "hello", 0, runs, "hello world (start to exit)", 1e-3,
          "ms");
  char label[128];
  snprintf(label, sizeof(label), "%ld x clock_time_get", count);
  measure(argv[1], argv[2], argv[3], "clock", count, 5, label, 1e-3, "ms");
  snprintf(label, sizeof(label), "%ld x fd_write(1 byte) to /dev/null", count);
  measure(argv[1], argv[2], argv[3], "write", count, 5, label, 1e-3, "ms");
  return 0;
}
