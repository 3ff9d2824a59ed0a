// Reference-test driver (host program): runs the native musl build, the
// native glibc build and the CloudABI build of one test program and
// compares their output line by line.  Each output line holds one case with
// its input, so the first differing line names the case that differs.
//
// A CloudABI line must equal musl's; where musl and glibc disagree, it may
// equal glibc's instead (README.md lists where and why this libc follows
// glibc).  Such cases are counted and the first one is shown.
//
//   compare NAME -- MUSL-COMMAND... -- GLIBC-COMMAND... -- CLOUDABI-COMMAND...
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

struct child {
  pid_t pid;
  FILE *out;
};

static bool start(char **argv, struct child *c) {
  int fds[2];
  if (pipe(fds) != 0)
    return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  int error = posix_spawn(&c->pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (error != 0) {
    fprintf(stderr, "compare: cannot run %s: %s\n", argv[0], strerror(error));
    close(fds[0]);
    return false;
  }
  c->out = fdopen(fds[0], "r");
  return c->out != NULL;
}

static int finish(struct child *c, const char *what) {
  fclose(c->out);
  int status;
  while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
    return 0;
  if (WIFSIGNALED(status))
    fprintf(stderr, "compare: %s build died by signal %d\n", what, WTERMSIG(status));
  else
    fprintf(stderr, "compare: %s build exited with status %d\n", what, WEXITSTATUS(status));
  return 1;
}

static void show(const char *label, const char *line, ssize_t len) {
  fprintf(stderr, "  %-9s %s", label, len < 0 ? "(end of output)\n" : line);
  if (len > 0 && line[len - 1] != '\n')
    fputc('\n', stderr);
}

static bool same(const char *a, ssize_t la, const char *b, ssize_t lb) {
  return la == lb && (la < 0 || memcmp(a, b, (size_t)la) == 0);
}

int main(int argc, char **argv) {
  // Split argv at "--" into the three commands.
  char **cmd[3] = {NULL, NULL, NULL};
  int ncmd = 0;
  for (int i = 2; i < argc && ncmd <= 3; i++) {
    if (strcmp(argv[i], "--") == 0) {
      argv[i] = NULL;
      if (ncmd < 3 && i + 1 < argc)
        cmd[ncmd] = &argv[i + 1];
      ncmd++;
    }
  }
  if (argc < 2 || ncmd != 3 || cmd[0] == NULL || cmd[1] == NULL || cmd[2] == NULL) {
    fprintf(stderr, "usage: compare NAME -- MUSL... -- GLIBC... -- CLOUDABI...\n");
    return 2;
  }
  const char *name = argv[1];
  signal(SIGPIPE, SIG_IGN);
  struct child kids[3];
  static const char *const labels[3] = {"musl", "glibc", "CloudABI"};
  for (int i = 0; i < 3; i++)
    if (!start(cmd[i], &kids[i]))
      return 2;

  char *line[3] = {NULL, NULL, NULL};
  size_t size[3] = {0, 0, 0};
  ssize_t len[3];
  unsigned long long cases = 0, glibc_cases = 0;
  int result = 0;
  for (;;) {
    for (int i = 0; i < 3; i++)
      len[i] = getline(&line[i], &size[i], kids[i].out);
    if (len[0] < 0 && len[1] < 0 && len[2] < 0)
      break;
    cases++;
    if (same(line[2], len[2], line[0], len[0]))
      continue;
    if (!same(line[0], len[0], line[1], len[1]) && same(line[2], len[2], line[1], len[1])) {
      if (glibc_cases++ == 0) {
        fprintf(stderr, "%s: case %llu follows glibc where musl differs (first of such cases):\n",
                name, cases);
        show("musl:", line[0], len[0]);
        show("glibc:", line[1], len[1]);
      }
      continue;
    }
    fprintf(stderr, "%s: first difference at case %llu\n", name, cases);
    show("musl:", line[0], len[0]);
    show("glibc:", line[1], len[1]);
    show("cloudabi:", line[2], len[2]);
    result = 1;
    break;
  }
  // Drain so every child can exit.
  for (int i = 0; i < 3; i++) {
    while (getline(&line[i], &size[i], kids[i].out) >= 0)
      ;
    result |= finish(&kids[i], labels[i]);
    free(line[i]);
  }
  if (result == 0)
    printf("%s: %llu cases match (%llu of them follow glibc where musl differs)\n", name, cases,
           glibc_cases);
  return result;
}
