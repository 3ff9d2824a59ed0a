// Host side of the listening-socket grant: starts
//   cloudabi-run GUEST  with  !listen {address: "127.0.0.1:PORT"}
// on a free port, connects twice as a loopback client, checks the replies
// of tests/runtime/foreign_abi/listen_echo.c and its exit status.
// Usage: listen_client CLOUDABI_RUN GUEST
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

// A port nobody listens on right now (another process may still take it
// before the runtime does; the caller retries).
static int free_port(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof(a);
  if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) != 0 ||
      getsockname(s, (struct sockaddr *)&a, &len) != 0) {
    perror("listen_client: free port");
    exit(1);
  }
  close(s);
  return ntohs(a.sin_port);
}

static pid_t start_runtime(const char *run, const char *guest, int port) {
  int p[2];
  if (pipe(p) != 0)
    return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(p[0], 0);
    close(p[0]);
    close(p[1]);
    execl(run, run, guest, (char *)NULL);
    _exit(126);
  }
  close(p[0]);
  char yaml[256];
  int n = snprintf(yaml, sizeof(yaml),
                   "%%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"
                   "!listen {address: \"127.0.0.1:%d\"}\n", port);
  if (write(p[1], yaml, (size_t)n) != n)
    perror("listen_client: config");
  close(p[1]);
  return pid;
}

// Connects, retrying while the runtime is starting; -1 once it exited.
static int connect_to(int port, pid_t runtime, int *status, bool *exited) {
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                          .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  for (int attempt = 0; attempt < 1000; attempt++) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof(a)) == 0)
      return s;
    if (s >= 0)
      close(s);
    if (waitpid(runtime, status, WNOHANG) == runtime) {
      *exited = true;
      return -1;
    }
    nanosleep(&(struct timespec){0, 10000000}, NULL);
  }
  return -1;
}

static bool exchange(int s, const char *line) {
  char expected[128], got[128];
  snprintf(expected, sizeof(expected), "echo: %s", line);
  if (write(s, line, strlen(line)) != (ssize_t)strlen(line))
    return false;
  size_t len = 0;
  while (len < sizeof(got) - 1) {
    ssize_t n = read(s, got + len, sizeof(got) - 1 - len);
    if (n <= 0)
      break;
    len += (size_t)n;
  }
  got[len] = '\0';
  close(s);
  if (strcmp(got, expected) != 0) {
    fprintf(stderr, "listen_client: reply \"%s\", expected \"%s\"\n", got, expected);
    return false;
  }
  return true;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: listen_client CLOUDABI_RUN GUEST\n");
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  for (int attempt = 0; attempt < 5; attempt++) {
    int port = free_port();
    pid_t pid = start_runtime(argv[1], argv[2], port);
    int status = 0;
    bool exited = false;
    int s = connect_to(port, pid, &status, &exited);
    if (s < 0 && exited && WIFEXITED(status) && WEXITSTATUS(status) == 127)
      continue;  // the port was taken in between: try another
    if (s < 0) {
      fprintf(stderr, "listen_client: cannot connect to port %d\n", port);
      kill(pid, SIGKILL);
      return 1;
    }
    bool ok = exchange(s, "ping 1\n");
    int s2 = ok ? connect_to(port, pid, &status, &exited) : -1;
    ok = ok && s2 >= 0 && exchange(s2, "second client\n");
    if (!ok)
      kill(pid, SIGKILL);
    if (waitpid(pid, &status, 0) != pid)
      return 1;
    if (!ok)
      return 1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "listen_client: runtime ended with status %#x\n", status);
      return 1;
    }
    printf("listen ok on port %d\n", port);
    return 0;
  }
  fprintf(stderr, "listen_client: no free port\n");
  return 1;
}
