// config_from_options: the command-line form of the configuration.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "tests.h"

static int run(struct launch_config *c, char *err, size_t errlen, ...) {
  char *argv[32];
  int argc = 0;
  va_list ap;
  va_start(ap, errlen);
  for (char *arg; (arg = va_arg(ap, char *)) != NULL;)
    argv[argc++] = arg;
  va_end(ap);
  argv[argc] = NULL;
  return config_from_options(argc, argv, c, err, errlen);
}

// The options (NULL-terminated) must fail with exactly `message` and leave
// no descriptor open.
#define CHECK_CLI_ERROR(message, ...)                                       \
  do {                                                                      \
    struct launch_config c_;                                                \
    char err_[512] = "";                                                    \
    int fds_ = count_open_fds();                                            \
    bool failed_ = run(&c_, err_, sizeof(err_), __VA_ARGS__, NULL) != 0;    \
    CHECK(failed_);                                                         \
    if (failed_)                                                            \
      CHECK_STR(err_, message);                                             \
    else                                                                    \
      config_free(&c_);                                                     \
    CHECK(count_open_fds() == fds_);                                        \
  } while (0)

static void test_layout(void) {
  struct launch_config c;
  char err[512];
  // Always args and env; argv0 only when given.
  CHECK(run(&c, err, sizeof(err), "--arg", "a", NULL) == 0);
  CHECK_BYTES(c.argdata, c.argdata_len,
              "06 86 08 61 72 67 73 00 85 07 83 08 61 00 85 08 65 6E 76 00 "
              "81 06");
  CHECK(c.ngrants == 0);
  config_free(&c);

  CHECK(run(&c, err, sizeof(err), NULL) == 0);
  CHECK_BYTES(c.argdata, c.argdata_len,
              "06 86 08 61 72 67 73 00 81 07 85 08 65 6E 76 00 81 06");
  config_free(&c);

  // Key order: stdin, stdout, stderr, args, argv0, env, named grants.
  mkdir("cli-dir", 0755);
  FILE *f = fopen("cli.txt", "w");
  fclose(f);
  CHECK(run(&c, err, sizeof(err), "--fd", "log=stderr", "--env", "K=V",
            "--arg", "x y", "--dir=data=cli-dir", "--stdio", "--argv0", "prog",
            "--file", "cfg=cli.txt:rw", "--arg", "", NULL) == 0);
  CHECK_BYTES(c.argdata, c.argdata_len,
              "06"
              "87 08 73 74 64 69 6E 00 85 03 00 00 00 00"      // stdin: fd 0
              "88 08 73 74 64 6F 75 74 00 85 03 00 00 00 01"   // stdout: fd 1
              "88 08 73 74 64 65 72 72 00 85 03 00 00 00 02"   // stderr: fd 2
              "86 08 61 72 67 73 00 8A 07 85 08 78 20 79 00 82 08 00"
              "87 08 61 72 67 76 30 00 86 08 70 72 6F 67 00"
              "85 08 65 6E 76 00 89 06 83 08 4B 00 83 08 56 00"
              "85 08 6C 6F 67 00 85 03 00 00 00 02"           // log: stderr
              "86 08 64 61 74 61 00 85 03 00 00 00 03"        // data
              "85 08 63 66 67 00 85 03 00 00 00 04");         // cfg
  CHECK(c.ngrants == 5);
  for (int fd = 0; fd < 3; ++fd)
    CHECK(c.ngrants == 5 && c.grants[fd].host_fd == fd &&
          c.grants[fd].kind == GRANT_INHERITED);
  CHECK(c.grants[3].kind == GRANT_DIRECTORY && !c.grants[3].read_only);
  CHECK(c.grants[4].kind == GRANT_FILE && !c.grants[4].read_only);
  CHECK((fcntl(c.grants[4].host_fd, F_GETFL) & O_ACCMODE) == O_RDWR);
  CHECK_STR(c.grants[3].origin, "directory cli-dir");
  config_free(&c);
}

static void test_named_grants(void) {
  struct launch_config c;
  char err[512];
  CHECK(run(&c, err, sizeof(err), "--dir", "ro=cli-dir:ro", "--file",
            "plain=cli.txt", "--listen", "srv=127.0.0.1:0", NULL) == 0);
  CHECK(c.ngrants == 3);
  CHECK(c.grants[0].kind == GRANT_DIRECTORY && c.grants[0].read_only);
  CHECK(c.grants[1].kind == GRANT_FILE && c.grants[1].read_only);
  CHECK((fcntl(c.grants[1].host_fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
  CHECK(c.grants[2].kind == GRANT_LISTENER);
  CHECK_STR(c.grants[2].origin, "listen 127.0.0.1:0");
  config_free(&c);

  // --connect reaches a --listen socket of another configuration.
  struct launch_config server;
  CHECK(run(&server, err, sizeof(err), "--listen", "srv=unix:cli.sock", NULL) ==
        0);
  CHECK(run(&c, err, sizeof(err), "--connect", "peer=unix:cli.sock", NULL) ==
        0);
  CHECK(c.ngrants == 1 && c.grants[0].kind == GRANT_SOCKET);
  CHECK_STR(c.grants[0].origin, "socket unix:cli.sock");
  int accepted = accept(server.grants[0].host_fd, NULL, NULL);
  CHECK(accepted >= 0);
  close(accepted);
  config_free(&c);
  config_free(&server);
  unlink("cli.sock");

  // A path that itself ends in ":ro" keeps it when a mode follows.
  mkdir("odd:ro", 0755);
  CHECK(run(&c, err, sizeof(err), "--dir", "odd=odd:ro:rw", NULL) == 0);
  CHECK(c.ngrants == 1 && !c.grants[0].read_only);
  CHECK_STR(c.grants[0].origin, "directory odd:ro");
  config_free(&c);

  CHECK(run(&c, err, sizeof(err), "--fd", "out=1", "--fd", "again=stdout",
            NULL) == 0);
  CHECK(c.ngrants == 1 && c.grants[0].host_fd == 1);
  config_free(&c);
}

static void test_errors(void) {
  CHECK_CLI_ERROR("unknown option --mapdir", "--mapdir", "a=b");
  CHECK_CLI_ERROR("unexpected argument stray", "stray");
  CHECK_CLI_ERROR("--dir needs a value", "--dir");
  CHECK_CLI_ERROR("--stdio takes no value", "--stdio=yes");
  CHECK_CLI_ERROR("--dir nope: expected NAME=PATH[:ro]", "--dir", "nope");
  CHECK_CLI_ERROR("--file =x: expected NAME=PATH[:rw]", "--file", "=x");
  CHECK_CLI_ERROR("--env NOVALUE: expected KEY=VALUE", "--env", "NOVALUE");
  CHECK_CLI_ERROR("--fd args=1: the name args is reserved", "--fd", "args=1");
  CHECK_CLI_ERROR("--dir stdout=cli-dir: the name stdout is reserved", "--dir",
                  "stdout=cli-dir");
  CHECK_CLI_ERROR("--file d=cli.txt: name d given twice", "--dir", "d=cli-dir",
                  "--file", "d=cli.txt");
  CHECK_CLI_ERROR("--env A=2: variable A given twice", "--env", "A=1", "--env",
                  "A=2");
  CHECK_CLI_ERROR("--argv0 b: --argv0 given twice", "--argv0", "a", "--argv0",
                  "b");
  CHECK_CLI_ERROR("--dir d=cli.txt: cannot open \"cli.txt\": Not a directory",
                  "--dir", "d=cli.txt");
  CHECK_CLI_ERROR("--file f=cli-dir: cannot open \"cli-dir\": Is a directory",
                  "--file", "f=cli-dir");
  CHECK_CLI_ERROR("--file f=cli-dir:rw: cannot open \"cli-dir\": Is a "
                  "directory", "--file", "f=cli-dir:rw");
  CHECK_CLI_ERROR("--file f=missing: cannot open \"missing\": No such file or "
                  "directory", "--dir", "ok=cli-dir", "--file", "f=missing");
  CHECK_CLI_ERROR("--fd x=999: cannot grant fd 999: Bad file descriptor",
                  "--fd", "x=999");
  CHECK_CLI_ERROR("--fd x=-3: expected a descriptor number or stdin, stdout, "
                  "stderr", "--fd", "x=-3");
  CHECK_CLI_ERROR("--connect c=nohost: invalid address \"nohost\": expected "
                  "HOST:PORT, [IPV6]:PORT or unix:PATH", "--connect",
                  "c=nohost");
  CHECK_CLI_ERROR("--arg \xFF: not valid UTF-8", "--arg", "\xFF");
  CHECK_CLI_ERROR("--env K=\xC0\x80: not valid UTF-8", "--env", "K=\xC0\x80");
}

void test_cli(void) {
  test_layout();
  test_named_grants();
  test_errors();
}
