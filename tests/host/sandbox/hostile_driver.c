// Runs the hostile CloudABI program (tests/sandbox/hostile.c) under
// cloudabi-run and decides whether an attack got out.
//
//   hostile_driver check RUN PROGRAM WORKDIR CASE
//       with the sandbox (the default): pass when the attack was refused
//       (killed by SIGSYS, or the call failed) and none of its side effects
//       outside the grants can be seen.
//   hostile_driver baseline RUN PROGRAM WORKDIR CASE
//       with --no-sandbox: pass when the attack succeeds, which shows that
//       the case is a real escape the runtime's own checks do not stop.
//   hostile_driver table RUN PROGRAM WORKDIR CASE...
//       both ways for every case; prints a Markdown table (docs/security.md).
//
// For each run the driver prepares WORKDIR/CASE-MODE/{ro,rw,outside,mnt},
// listens on a loopback TCP port and on an abstract unix socket, and
// leaves a secret file open as descriptor 50 of cloudabi-run.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <time.h>
#include <unistd.h>

#define SECRET_FD 50
#define TIMEOUT_SECONDS 30

struct run {
  char dir[4096];
  int tcp, abstract;  // listeners (or a dgram socket for abstract_sendmsg)
  int pathname;       // a datagram socket bound at outside/dgram.sock
  int port;
  char abstract_name[108];
  int status;
  char output[4096];
  // What the driver saw besides the program's own report.
  char side_effect[256];
};

static void die(const char *what) {
  fprintf(stderr, "hostile_driver: %s: %s\n", what, strerror(errno));
  exit(2);
}

static void write_file(const char *path, const char *text, mode_t mode) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0 || write(fd, text, strlen(text)) < 0 || fchmod(fd, mode) != 0)
    die(path);
  close(fd);
}

static void path_of(char *buf, size_t len, const struct run *r, const char *rel) {
  snprintf(buf, len, "%s/%s", r->dir, rel);
}

static void remove_tree(const char *dir) {
  char cmd[8300];
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
  if (system(cmd) != 0)
    fprintf(stderr, "hostile_driver: cannot remove %s\n", dir);
}

static void prepare(struct run *r, const char *workdir, const char *name, bool sandbox) {
  snprintf(r->dir, sizeof(r->dir), "%s/%s-%s", workdir, name, sandbox ? "sandbox" : "nosandbox");
  umount2(r->dir, MNT_DETACH);
  remove_tree(r->dir);
  char p[4200];
  const char *dirs[] = {"", "/ro", "/rw", "/outside", "/mnt"};
  mkdir(workdir, 0755);
  for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
    snprintf(p, sizeof(p), "%s%s", r->dir, dirs[i]);
    if (mkdir(p, 0755) != 0)
      die(p);
  }
  path_of(p, sizeof(p), r, "rw/victim");
  write_file(p, "victim\n", 0644);
  path_of(p, sizeof(p), r, "outside/chmod_target");
  write_file(p, "target\n", 0600);
  path_of(p, sizeof(p), r, "secret");
  write_file(p, "the secret\n", 0600);

  struct sockaddr_in sin = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof(sin);
  r->tcp = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (r->tcp < 0 || bind(r->tcp, (struct sockaddr *)&sin, sizeof(sin)) != 0 ||
      listen(r->tcp, 4) != 0 || getsockname(r->tcp, (struct sockaddr *)&sin, &len) != 0)
    die("tcp listener");
  r->port = ntohs(sin.sin_port);

  snprintf(r->abstract_name, sizeof(r->abstract_name), "cloudabi-sandbox-test-%d-%s",
           (int)getpid(), name);
  struct sockaddr_un sun = {.sun_family = AF_UNIX};
  size_t n = strlen(r->abstract_name);
  memcpy(sun.sun_path + 1, r->abstract_name, n);
  bool dgram = strcmp(name, "abstract_sendmsg") == 0;
  r->abstract = socket(AF_UNIX, (dgram ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (r->abstract < 0 ||
      bind(r->abstract, (struct sockaddr *)&sun, (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n)) != 0 ||
      (!dgram && listen(r->abstract, 4) != 0))
    die("abstract unix socket");

  struct sockaddr_un pun = {.sun_family = AF_UNIX};
  char sock_path[4200];
  path_of(sock_path, sizeof(sock_path), r, "outside/dgram.sock");
  if (strlen(sock_path) >= sizeof(pun.sun_path)) {
    errno = ENAMETOOLONG;
    die(sock_path);
  }
  memcpy(pun.sun_path, sock_path, strlen(sock_path) + 1);
  r->pathname = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (r->pathname < 0 || bind(r->pathname, (struct sockaddr *)&pun, sizeof(pun)) != 0)
    die("pathname unix socket");

  path_of(p, sizeof(p), r, "config.yaml");
  FILE *f = fopen(p, "we");
  if (f == NULL)
    die(p);
  fprintf(f,
          "%%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"
          "stdout: !fd stdout\n"
          "ro: !file {path: \"%s/ro\", mode: ro}\n"
          "rw: !file {path: \"%s/rw\"}\n"
          "case: %s\n"
          "ro_path: \"%s/ro\"\nrw_path: \"%s/rw\"\noutside: \"%s/outside\"\nmnt: \"%s/mnt\"\n"
          "abstract: \"%s\"\nport: \"%d\"\nsecret_fd: \"%d\"\n",
          r->dir, r->dir, name, r->dir, r->dir, r->dir, r->dir, r->abstract_name, r->port,
          SECRET_FD);
  fclose(f);
}

static void launch(struct run *r, const char *run, const char *program, bool sandbox) {
  char config[4200], secret[4200];
  path_of(config, sizeof(config), r, "config.yaml");
  path_of(secret, sizeof(secret), r, "secret");
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0)
    die("pipe");
  pid_t pid = fork();
  if (pid < 0)
    die("fork");
  if (pid == 0) {
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    int null_fd = open("/dev/null", O_RDONLY);
    int s = open(secret, O_RDONLY);  // deliberately inheritable
    if (null_fd < 0 || s < 0 || dup2(null_fd, 0) < 0 || dup2(out[1], 1) < 0 ||
        dup2(s, SECRET_FD) != SECRET_FD)
      _exit(125);
    if (sandbox)
      execl(run, run, program, config, (char *)NULL);
    else
      execl(run, run, "--no-sandbox", program, config, (char *)NULL);
    _exit(126);
  }
  close(out[1]);
  size_t used = 0;
  time_t deadline = time(NULL) + TIMEOUT_SECONDS;
  for (;;) {
    struct pollfd p = {.fd = out[0], .events = POLLIN};
    int left = (int)(deadline - time(NULL));
    if (left <= 0 || poll(&p, 1, left * 1000) <= 0) {
      kill(pid, SIGKILL);
      break;
    }
    ssize_t n = read(out[0], r->output + used, sizeof(r->output) - 1 - used);
    if (n <= 0)
      break;
    used += (size_t)n;
    if (used == sizeof(r->output) - 1)
      break;
  }
  r->output[used] = '\0';
  close(out[0]);
  if (waitpid(pid, &r->status, 0) != pid)
    die("waitpid");
}

static bool exists(const struct run *r, const char *rel) {
  char p[4200];
  struct stat st;
  path_of(p, sizeof(p), r, rel);
  return lstat(p, &st) == 0;
}

// Looks for what an attack would leave behind outside the grants.
static void inspect(struct run *r) {
  static const char *const markers[] = {"outside/cwd_marker", "outside/dotdot_marker",
                                        "outside/moved", "ro/created", "ro/made"};
  char p[4200];
  struct stat st;
  r->side_effect[0] = '\0';
  for (size_t i = 0; i < sizeof(markers) / sizeof(markers[0]); i++)
    if (exists(r, markers[i]))
      snprintf(r->side_effect, sizeof(r->side_effect), "%s exists", markers[i]);
  path_of(p, sizeof(p), r, "outside/chmod_target");
  if (stat(p, &st) == 0 && (st.st_mode & 07777) != 0600)
    snprintf(r->side_effect, sizeof(r->side_effect), "outside/chmod_target is now %o",
             (unsigned)(st.st_mode & 07777));
  int c = accept4(r->tcp, NULL, NULL, SOCK_CLOEXEC);
  if (c >= 0) {
    snprintf(r->side_effect, sizeof(r->side_effect), "the TCP listener got a connection");
    close(c);
  }
  char buf[64];
  c = accept4(r->abstract, NULL, NULL, SOCK_CLOEXEC);
  if (c >= 0) {
    snprintf(r->side_effect, sizeof(r->side_effect), "the abstract unix listener got a connection");
    close(c);
  } else if (recv(r->abstract, buf, sizeof(buf), MSG_DONTWAIT) > 0) {
    snprintf(r->side_effect, sizeof(r->side_effect), "the abstract unix socket got a datagram");
  }
  if (recv(r->pathname, buf, sizeof(buf), MSG_DONTWAIT) > 0)
    snprintf(r->side_effect, sizeof(r->side_effect), "outside/dgram.sock got a datagram");
  path_of(p, sizeof(p), r, "outside/chmod_target");
  if (stat(p, &st) == 0 && st.st_mtime == 0)
    snprintf(r->side_effect, sizeof(r->side_effect), "outside/chmod_target's mtime was changed");
  if (exists(r, "rw/stolen"))
    snprintf(r->side_effect, sizeof(r->side_effect), "rw/stolen links a file from outside");
  struct stat mnt, parent;
  char q[4200];
  path_of(p, sizeof(p), r, "mnt");
  path_of(q, sizeof(q), r, "");
  if (stat(p, &mnt) == 0 && stat(q, &parent) == 0 && mnt.st_dev != parent.st_dev) {
    snprintf(r->side_effect, sizeof(r->side_effect), "a file system was mounted");
    umount2(p, MNT_DETACH);
  }
  close(r->tcp);
  close(r->abstract);
  close(r->pathname);
}

enum outcome { KILLED, BLOCKED, ESCAPED, UNEXPECTED };

static enum outcome classify(const struct run *r, char *detail, size_t len) {
  if (r->side_effect[0] != '\0') {
    snprintf(detail, len, "%s", r->side_effect);
    return ESCAPED;
  }
  const char *e = strstr(r->output, "ESCAPED: ");
  if (e != NULL) {
    e += strlen("ESCAPED: ");
    const char *nl = strchr(e, '\n');
    snprintf(detail, len, "%.*s", (int)(nl != NULL ? nl - e : 200), e);
    return ESCAPED;
  }
  if (WIFSIGNALED(r->status)) {
    snprintf(detail, len, "%s", WTERMSIG(r->status) == SIGSYS ? ""
                                                                : strsignal(WTERMSIG(r->status)));
    return WTERMSIG(r->status) == SIGSYS ? KILLED : UNEXPECTED;
  }
  int code = WEXITSTATUS(r->status);
  // Status 42: a replacement image (execve'd shell, memfd binary) ran and
  // could read /etc/passwd; 43: it ran and could not.
  if (code == 42) {
    snprintf(detail, len, "exec'd native code ran and read /etc/passwd");
    return ESCAPED;
  }
  if (code == 43) {
    snprintf(detail, len, "exec'd native code ran, still confined (could not read /etc/passwd)");
    return BLOCKED;
  }
  const char *b = strstr(r->output, "BLOCKED: ");
  if (code == 0 && b != NULL) {
    b += strlen("BLOCKED: ");
    const char *nl = strchr(b, '\n');
    snprintf(detail, len, "%.*s", (int)(nl != NULL ? nl - b : 200), b);
    return BLOCKED;
  }
  snprintf(detail, len, "exit status %d, output \"%.200s\"", code, r->output);
  return UNEXPECTED;
}

static enum outcome attempt(const char *run, const char *program, const char *workdir,
                            const char *name, bool sandbox, char *detail, size_t len) {
  struct run r;
  memset(&r, 0, sizeof(r));
  prepare(&r, workdir, name, sandbox);
  launch(&r, run, program, sandbox);
  inspect(&r);
  enum outcome o = classify(&r, detail, len);
  remove_tree(r.dir);
  return o;
}

static const char *outcome_name(enum outcome o) {
  switch (o) {
    case KILLED: return "killed (SIGSYS)";
    case BLOCKED: return "refused";
    case ESCAPED: return "**ESCAPED**";
    default: return "unexpected";
  }
}

// A table cell: '|' would end it.
static void print_cell(const char *outcome, const char *detail) {
  printf(" %s", outcome);
  if (detail[0] != '\0')
    printf(": ");
  for (const char *p = detail; *p != '\0'; p++)
    printf(*p == '|' ? "\\|" : "%c", *p);
  printf(" |");
}

int main(int argc, char **argv) {
  if (argc < 6) {
    fprintf(stderr, "usage: hostile_driver check|baseline|table RUN PROGRAM WORKDIR CASE...\n");
    return 2;
  }
  const char *mode = argv[1], *run = argv[2], *program = argv[3], *workdir = argv[4];
  char detail[512];
  if (strcmp(mode, "table") == 0) {
    printf("| attack | sandbox on | `--no-sandbox` |\n|---|---|---|\n");
    for (int i = 5; i < argc; i++) {
      char d2[512];
      enum outcome on = attempt(run, program, workdir, argv[i], true, detail, sizeof(detail));
      enum outcome off = attempt(run, program, workdir, argv[i], false, d2, sizeof(d2));
      printf("| `%s` |", argv[i]);
      print_cell(outcome_name(on), detail);
      print_cell(outcome_name(off), d2);
      printf("\n");
      fflush(stdout);
    }
    return 0;
  }
  bool sandbox = strcmp(mode, "check") == 0;
  if (!sandbox && strcmp(mode, "baseline") != 0) {
    fprintf(stderr, "hostile_driver: unknown mode %s\n", mode);
    return 2;
  }
  enum outcome o = attempt(run, program, workdir, argv[5], sandbox, detail, sizeof(detail));
  printf("%s %s: %s: %s\n", argv[5], sandbox ? "(sandbox)" : "(--no-sandbox)",
         outcome_name(o), detail);
  if (sandbox)
    return o == KILLED || o == BLOCKED ? 0 : 1;
  return o == ESCAPED ? 0 : 1;
}
