// Test driver for the runtime's host-side tests.
//
//   host_check mutate IN OUT OP...
//       copy IN to OUT, applying each OP:
//         truncate=N        keep the first N bytes
//         byte=OFF:VAL      set the byte at OFF (numbers in C notation)
//         u16=OFF:VAL       set a little-endian 16-bit field
//         u64=OFF:VAL       set a little-endian 64-bit field
//   host_check refuse REGEX STDIN -- COMMAND...
//       run COMMAND with STDIN ("-" for /dev/null) as standard input;
//       pass when it exits with status 127 (not by a signal), prints
//       nothing on stdout and exactly one line on stderr which matches the
//       extended regular expression REGEX.
//   host_check run STATUS REGEX STDIN -- COMMAND...
//       pass when COMMAND exits with STATUS (or "signal:N" for death by
//       signal N) and its stdout matches REGEX.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <regex.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static _Noreturn void die(const char *fmt, const char *arg) {
  fprintf(stderr, "host_check: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\n");
  exit(2);
}

static unsigned long long number(const char *s) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 0);
  if (errno != 0 || end == s || (*end != '\0' && *end != ':'))
    die("bad number in \"%s\"", s);
  return v;
}

static int mutate(int argc, char **argv) {
  if (argc < 4)
    die("%s", "mutate IN OUT OP...");
  FILE *in = fopen(argv[2], "rb");
  if (in == NULL)
    die("cannot open %s", argv[2]);
  size_t cap = 1 << 20, len = 0;
  unsigned char *buf = malloc(cap);
  size_t n;
  while ((n = fread(buf + len, 1, cap - len, in)) > 0) {
    len += n;
    if (len == cap)
      buf = realloc(buf, cap *= 2);
  }
  fclose(in);
  for (int i = 4; i < argc; i++) {
    char *op = argv[i], *eq = strchr(op, '=');
    if (eq == NULL)
      die("bad operation %s", op);
    *eq = '\0';
    char *val = eq + 1, *colon = strchr(val, ':');
    if (strcmp(op, "truncate") == 0) {
      size_t keep = (size_t)number(val);
      if (keep < len)
        len = keep;
      continue;
    }
    if (colon == NULL)
      die("operation %s needs OFF:VAL", op);
    size_t off = (size_t)number(val);
    unsigned long long v = number(colon + 1);
    size_t width = strcmp(op, "byte") == 0 ? 1 : strcmp(op, "u16") == 0 ? 2
                 : strcmp(op, "u64") == 0 ? 8 : 0;
    if (width == 0)
      die("unknown operation %s", op);
    if (off + width > len)
      die("offset past end of file in %s", op);
    for (size_t b = 0; b < width; b++)
      buf[off + b] = (unsigned char)(v >> (8 * b));
  }
  FILE *out = fopen(argv[3], "wb");
  if (out == NULL || fwrite(buf, 1, len, out) != len || fclose(out) != 0)
    die("cannot write %s", argv[3]);
  chmod(argv[3], 0755);
  return 0;
}

struct outcome {
  int status;
  char out[65536], err[65536];
  size_t outlen, errlen;
};

static void run_command(const char *stdin_path, char **cmd, struct outcome *r) {
  int po[2], pe[2];
  if (pipe(po) != 0 || pipe(pe) != 0)
    die("%s", "pipe failed");
  pid_t pid = fork();
  if (pid < 0)
    die("%s", "fork failed");
  if (pid == 0) {
    int in = open(strcmp(stdin_path, "-") == 0 ? "/dev/null" : stdin_path, O_RDONLY);
    if (in < 0) {
      perror(stdin_path);
      _exit(126);
    }
    // Programs that die of a signal must not litter the build with cores.
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    dup2(in, 0);
    dup2(po[1], 1);
    dup2(pe[1], 2);
    close(po[0]);
    close(pe[0]);
    execv(cmd[0], cmd);
    perror(cmd[0]);
    _exit(126);
  }
  close(po[1]);
  close(pe[1]);
  r->outlen = r->errlen = 0;
  struct pollfd fds[2] = {{.fd = po[0], .events = POLLIN}, {.fd = pe[0], .events = POLLIN}};
  int open_count = 2;
  while (open_count > 0) {
    if (poll(fds, 2, -1) < 0)
      continue;
    for (int i = 0; i < 2; i++) {
      if (fds[i].fd < 0 || fds[i].revents == 0)
        continue;
      char *dst = i == 0 ? r->out : r->err;
      size_t *len = i == 0 ? &r->outlen : &r->errlen;
      char tmp[4096];
      ssize_t n = read(fds[i].fd, tmp, sizeof(tmp));
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        open_count--;
        continue;
      }
      size_t room = sizeof(r->out) - 1 - *len;
      size_t take = (size_t)n < room ? (size_t)n : room;
      memcpy(dst + *len, tmp, take);
      *len += take;
    }
  }
  r->out[r->outlen] = r->err[r->errlen] = '\0';
  if (waitpid(pid, &r->status, 0) < 0)
    die("%s", "waitpid failed");
}

static bool matches(const char *regex, const char *text) {
  regex_t re;
  if (regcomp(&re, regex, REG_EXTENDED | REG_NOSUB) != 0)
    die("bad regular expression %s", regex);
  bool m = regexec(&re, text, 0, NULL, 0) == 0;
  regfree(&re);
  return m;
}

static void show(const struct outcome *r) {
  if (WIFSIGNALED(r->status))
    fprintf(stderr, "killed by signal %d\n", WTERMSIG(r->status));
  else
    fprintf(stderr, "exit status %d\n", WEXITSTATUS(r->status));
  fprintf(stderr, "--- stdout ---\n%s\n--- stderr ---\n%s\n---\n", r->out, r->err);
}

static char **command_after_dashes(int argc, char **argv, int from) {
  if (from >= argc || strcmp(argv[from], "--") != 0 || from + 1 >= argc)
    die("%s", "expected -- COMMAND...");
  return &argv[from + 1];
}

static int refuse(int argc, char **argv) {
  if (argc < 6)
    die("%s", "refuse REGEX STDIN -- COMMAND...");
  static struct outcome r;
  run_command(argv[3], command_after_dashes(argc, argv, 4), &r);
  bool ok = true;
  if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 127) {
    fprintf(stderr, "FAIL: expected exit status 127\n");
    ok = false;
  }
  if (r.outlen != 0) {
    fprintf(stderr, "FAIL: expected nothing on stdout\n");
    ok = false;
  }
  char *nl = strchr(r.err, '\n');
  if (r.errlen == 0 || nl == NULL || nl[1] != '\0') {
    fprintf(stderr, "FAIL: expected exactly one line on stderr\n");
    ok = false;
  } else {
    *nl = '\0';
    if (!matches(argv[2], r.err)) {
      fprintf(stderr, "FAIL: stderr does not match %s\n", argv[2]);
      ok = false;
    }
    *nl = '\n';
  }
  if (!ok)
    show(&r);
  return ok ? 0 : 1;
}

static int run(int argc, char **argv) {
  if (argc < 7)
    die("%s", "run STATUS REGEX STDIN -- COMMAND...");
  static struct outcome r;
  run_command(argv[4], command_after_dashes(argc, argv, 5), &r);
  bool ok = true;
  if (strncmp(argv[2], "signal:", 7) == 0) {
    int sig = (int)number(argv[2] + 7);
    if (!WIFSIGNALED(r.status) || WTERMSIG(r.status) != sig) {
      fprintf(stderr, "FAIL: expected death by signal %d\n", sig);
      ok = false;
    }
  } else {
    int want = (int)number(argv[2]);
    if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != want) {
      fprintf(stderr, "FAIL: expected exit status %d\n", want);
      ok = false;
    }
  }
  if (!matches(argv[3], r.out)) {
    fprintf(stderr, "FAIL: stdout does not match %s\n", argv[3]);
    ok = false;
  }
  if (!ok)
    show(&r);
  return ok ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "mutate") == 0)
    return mutate(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "refuse") == 0)
    return refuse(argc, argv);
  if (argc >= 2 && strcmp(argv[1], "run") == 0)
    return run(argc, argv);
  die("%s", "usage: host_check mutate|refuse|run ...");
}
