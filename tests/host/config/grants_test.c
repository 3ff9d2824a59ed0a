// Granted descriptors: tags that open things, fd renumbering and dedup,
// errors with positions, cleanup.  Runs in the test's temporary directory.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "tests.h"

static bool load_ok(const char *text, int exec_fd, struct launch_config *c) {
  char err[512];
  if (load_yaml(text, exec_fd, c, err, sizeof(err)) == 0)
    return true;
  fprintf(stderr, "unexpected error: %s\n", err);
  return false;
}

static bool is_open(int fd) { return fcntl(fd, F_GETFD) >= 0; }

static void write_file(const char *path, const char *content) {
  FILE *f = fopen(path, "w");
  if (f == NULL || fputs(content, f) < 0 || fclose(f) != 0)
    abort();
}

static void test_renumbering(void) {
  struct launch_config c;
  write_file("notes.txt", "notes\n");
  CHECK(load_ok(TAG_DIRECTIVE
                "[!fd stderr, !file {path: notes.txt}, !fd stderr]",
                -1, &c));
  CHECK_BYTES(c.argdata, c.argdata_len,
              "07 85 03 00 00 00 00 85 03 00 00 00 01 85 03 00 00 00 00");
  CHECK(c.ngrants == 2);
  CHECK(c.grants[0].host_fd == 2 && c.grants[0].kind == GRANT_INHERITED &&
        !c.grants[0].owned);
  CHECK_STR(c.grants[0].origin, "stderr");
  int file_fd = c.grants[1].host_fd;
  CHECK(c.grants[1].kind == GRANT_FILE && c.grants[1].owned &&
        c.grants[1].read_only);
  CHECK_STR(c.grants[1].origin, "file notes.txt");
  CHECK((fcntl(file_fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
  CHECK(fcntl(file_fd, F_GETFD) & FD_CLOEXEC);
  config_free(&c);
  CHECK(!is_open(file_fd));  // owned descriptors are closed
  CHECK(is_open(2));         // inherited ones are not
  CHECK(c.grants == NULL && c.ngrants == 0);

  // One host fd named in two ways is one grant; map keys come first.
  CHECK(load_ok(TAG_DIRECTIVE "{a: !fd stdout, b: !fd 1, !fd 2 : !fd 1}", -1,
                &c));
  CHECK(c.ngrants == 2 && c.grants[0].host_fd == 1 && c.grants[1].host_fd == 2);
  CHECK_BYTES(c.argdata, c.argdata_len,
              "06 83 08 61 00 85 03 00 00 00 00 83 08 62 00 85 03 00 00 00 00"
              "85 03 00 00 00 01 85 03 00 00 00 00");
  config_free(&c);

  // An alias of a granted node is the same descriptor, not a second open.
  CHECK(load_ok(TAG_DIRECTIVE "a: &f !file {path: notes.txt}\nb: *f\n", -1,
                &c));
  CHECK(c.ngrants == 1 && c.grants[0].kind == GRANT_FILE);
  CHECK_BYTES(c.argdata, c.argdata_len,
              "06 83 08 61 00 85 03 00 00 00 00 83 08 62 00 85 03 00 00 00 00");
  config_free(&c);

  // No resources: no grants, and the argdata is still allocated.
  CHECK(load_ok("", -1, &c));
  CHECK(c.ngrants == 0 && c.argdata != NULL && c.argdata_len == 0);
  config_free(&c);
}

static void test_fd_tag(void) {
  struct launch_config c;
  // From a memory stream, stdin is the launcher's to give.
  CHECK(load_ok(TAG_DIRECTIVE "!fd stdin", -1, &c));
  CHECK(c.ngrants == 1 && c.grants[0].host_fd == 0);
  CHECK_BYTES(c.argdata, c.argdata_len, "03 00 00 00 00");
  config_free(&c);

  // Inherited descriptors: read-only follows the open mode, except that
  // a directory (always O_RDONLY) stays writable beneath.
  mkdir("inherited-dir", 0755);
  int ro_file = open("notes.txt", O_RDONLY | O_CLOEXEC);
  int rw_file = open("notes.txt", O_RDWR | O_CLOEXEC);
  int dir_fd = open("inherited-dir", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  char text[256], expected[256];
  snprintf(text, sizeof(text), "%s[!fd %d, !fd %d, !fd %d]", TAG_DIRECTIVE,
           ro_file, rw_file, dir_fd);
  CHECK(load_ok(text, -1, &c));
  CHECK(c.ngrants == 3 && c.grants[0].read_only && !c.grants[1].read_only &&
        !c.grants[2].read_only);
  CHECK(c.ngrants == 3 && c.grants[0].kind == GRANT_INHERITED &&
        !c.grants[0].owned);
  snprintf(expected, sizeof(expected), "fd %d", ro_file);
  CHECK_STR(c.grants[0].origin, expected);
  config_free(&c);
  CHECK(is_open(ro_file) && is_open(rw_file) && is_open(dir_fd));
  close(ro_file);
  close(rw_file);
  close(dir_fd);

  CHECK_YAML_ERROR(TAG_DIRECTIVE "x: !fd 999",
                   "config.yaml:3:4: cannot grant fd 999: Bad file descriptor");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!fd -1",
                   "config.yaml:3:1: !fd expects stdin, stdout, stderr or a "
                   "descriptor number, not \"-1\"");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!fd 99999999999",
                   "config.yaml:3:1: !fd expects stdin, stdout, stderr or a "
                   "descriptor number, not \"99999999999\"");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!fd",
                   "config.yaml:3:1: !fd expects stdin, stdout, stderr or a "
                   "descriptor number, not \"\"");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!fd STDOUT",
                   "config.yaml:3:1: !fd expects stdin, stdout, stderr or a "
                   "descriptor number, not \"STDOUT\"");

  // A number naming a descriptor the configuration itself opened.
  int next = dup(0);
  close(next);
  snprintf(text, sizeof(text), "%s"
           "- !file {path: notes.txt}\n- !fd %d\n", TAG_DIRECTIVE, next);
  snprintf(expected, sizeof(expected),
           "config.yaml:4:3: cannot grant fd %d: it was opened by this "
           "configuration", next);
  CHECK_YAML_ERROR(text, expected);
}

// Runs config_from_yaml on the real stdin, fed from a pipe.
static int load_from_stdin(const char *text, char *err, size_t errlen) {
  int pipe_fds[2], saved = dup(0);
  if (saved < 0 || pipe(pipe_fds) != 0 ||
      write(pipe_fds[1], text, strlen(text)) != (ssize_t)strlen(text))
    abort();
  close(pipe_fds[1]);
  dup2(pipe_fds[0], 0);
  close(pipe_fds[0]);
  clearerr(stdin);
  struct launch_config c;
  int rc = config_from_yaml(stdin, "stdin", &c, err, errlen);
  if (rc == 0)
    config_free(&c);
  dup2(saved, 0);
  close(saved);
  clearerr(stdin);
  return rc;
}

static void test_stdin_config(void) {
  char err[512];
  CHECK(load_from_stdin(TAG_DIRECTIVE "- !fd stdin\n", err, sizeof(err)) != 0);
  CHECK_STR(err, "stdin:3:3: cannot grant stdin: the configuration is read "
                 "from it");
  CHECK(load_from_stdin(TAG_DIRECTIVE "- !fd 0\n", err, sizeof(err)) != 0);
  CHECK_STR(err, "stdin:3:3: cannot grant fd 0: the configuration is read "
                 "from it");
  CHECK(load_from_stdin(TAG_DIRECTIVE "- !fd stdout\n", err, sizeof(err)) == 0);
}

static void test_file_tag(void) {
  struct launch_config c;
  mkdir("d", 0755);
  CHECK(load_ok(TAG_DIRECTIVE
                "- !file {path: d}\n"
                "- !file {path: d, mode: ro}\n"
                "- !file {path: notes.txt, mode: rw}\n"
                "- !file {path: \"notes.txt\", mode: ro}\n",
                -1, &c));
  CHECK(c.ngrants == 4);
  CHECK(c.grants[0].kind == GRANT_DIRECTORY && !c.grants[0].read_only);
  CHECK_STR(c.grants[0].origin, "directory d");
  CHECK(c.grants[1].kind == GRANT_DIRECTORY && c.grants[1].read_only);
  CHECK((fcntl(c.grants[1].host_fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
  CHECK(c.grants[2].kind == GRANT_FILE && !c.grants[2].read_only);
  CHECK((fcntl(c.grants[2].host_fd, F_GETFL) & O_ACCMODE) == O_RDWR);
  CHECK(c.grants[3].kind == GRANT_FILE && c.grants[3].read_only);
  // The directory descriptor is usable for lookups beneath it.
  int inner = openat(c.grants[0].host_fd, "made", O_CREAT | O_WRONLY, 0644);
  CHECK(inner >= 0);
  close(inner);
  config_free(&c);

  CHECK_YAML_ERROR(TAG_DIRECTIVE "root: !file\n  path: nope.txt\n",
                   "config.yaml:4:9: cannot open \"nope.txt\": No such file or "
                   "directory");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {mode: ro}",
                   "config.yaml:3:1: !file requires a path attribute");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {path: a, colour: red}",
                   "config.yaml:3:17: unknown attribute \"colour\" for !file");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {path: a, path: b}",
                   "config.yaml:3:17: duplicate attribute \"path\" for !file");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {path: [a]}",
                   "config.yaml:3:14: attribute \"path\" of !file must be a "
                   "string");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {[a]: b}",
                   "config.yaml:3:8: attribute names of !file must be strings");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {path: \"notes.txt\\0.bak\"}",
                   "config.yaml:3:14: attribute \"path\" of !file contains a "
                   "NUL byte");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file {path: notes.txt, mode: wx}",
                   "config.yaml:3:31: mode must be ro or rw, not \"wx\"");
  // Everything opened before the error is closed again.
  CHECK_YAML_ERROR(TAG_DIRECTIVE
                   "- !file {path: notes.txt}\n"
                   "- !listen {address: '127.0.0.1:0'}\n"
                   "- !file {path: d}\n"
                   "- !fdd x\n",
                   "config.yaml:6:3: unknown tag !fdd");
}

static void test_executable_tag(void) {
  struct launch_config c;
  int exec_fd = open("notes.txt", O_RDONLY | O_CLOEXEC);
  CHECK(load_ok(TAG_DIRECTIVE "[!executable, !executable x]", exec_fd, &c));
  CHECK(c.ngrants == 1 && c.grants[0].host_fd == exec_fd &&
        c.grants[0].kind == GRANT_EXECUTABLE && !c.grants[0].owned);
  CHECK_BYTES(c.argdata, c.argdata_len,
              "07 85 03 00 00 00 00 85 03 00 00 00 00");
  config_free(&c);
  CHECK(is_open(exec_fd));  // the launcher's, not the configuration's
  close(exec_fd);
  CHECK_YAML_ERROR(TAG_DIRECTIVE "\n  !executable",
                   "config.yaml:4:3: !executable is not available: no "
                   "executable descriptor");
}

static int bound_port(int fd) {
  struct sockaddr_in sin;
  socklen_t len = sizeof(sin);
  if (getsockname(fd, (struct sockaddr *)&sin, &len) != 0)
    return -1;
  return ntohs(sin.sin_port);
}

static void test_socket_tags(void) {
  struct launch_config listener, client;
  char text[2048];
  CHECK(load_ok(TAG_DIRECTIVE "!listen {address: '127.0.0.1:0'}", -1,
                &listener));
  CHECK(listener.ngrants == 1 && listener.grants[0].kind == GRANT_LISTENER);
  CHECK_STR(listener.grants[0].origin, "listen 127.0.0.1:0");
  int lfd = listener.grants[0].host_fd, accepting = 0;
  socklen_t optlen = sizeof(accepting);
  CHECK(getsockopt(lfd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &optlen) == 0 &&
        accepting);
  int port = bound_port(lfd);

  snprintf(text, sizeof(text), "%s"
           "!socket {connect: '127.0.0.1:%d'}", TAG_DIRECTIVE, port);
  CHECK(load_ok(text, -1, &client));
  CHECK(client.ngrants == 1 && client.grants[0].kind == GRANT_SOCKET &&
        !client.grants[0].read_only);
  int server_side = accept(lfd, NULL, NULL);
  CHECK(server_side >= 0);
  CHECK(write(client.grants[0].host_fd, "x", 1) == 1);
  char byte = 0;
  CHECK(read(server_side, &byte, 1) == 1 && byte == 'x');
  close(server_side);
  config_free(&client);
  config_free(&listener);

  // The port is free again: connecting is refused, with the value's position.
  char expected[256];
  snprintf(text, sizeof(text), "%s"
           "!socket {connect: \"127.0.0.1:%d\"}", TAG_DIRECTIVE, port);
  snprintf(expected, sizeof(expected),
           "config.yaml:3:19: cannot connect to \"127.0.0.1:%d\": Connection "
           "refused", port);
  CHECK_YAML_ERROR(text, expected);

  // UNIX sockets, with the unix: prefix and as an absolute path.
  char cwd[512], absolute[600];
  CHECK(getcwd(cwd, sizeof(cwd)) != NULL);
  snprintf(absolute, sizeof(absolute), "%s/abs.sock", cwd);
  snprintf(text, sizeof(text), "%s"
           "- !listen {address: unix:rel.sock}\n"
                         "- !socket {bind: '%s'}\n"
                         "- !socket {connect: unix:rel.sock}\n"
                         "- !socket {connect: '%s', type: stream}\n"
                         "- !socket {connect: '127.0.0.1:9', type: dgram}\n",
           TAG_DIRECTIVE, absolute, absolute);
  CHECK(load_ok(text, -1, &listener));
  CHECK(listener.ngrants == 5);
  CHECK(listener.grants[0].kind == GRANT_LISTENER &&
        listener.grants[1].kind == GRANT_LISTENER &&
        listener.grants[2].kind == GRANT_SOCKET &&
        listener.grants[3].kind == GRANT_SOCKET &&
        listener.grants[4].kind == GRANT_SOCKET);
  CHECK_STR(listener.grants[2].origin, "socket unix:rel.sock");
  config_free(&listener);
  unlink("rel.sock");
  unlink(absolute);

  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: nohostport}",
                   "config.yaml:3:19: invalid address \"nohostport\": expected "
                   "HOST:PORT, [IPV6]:PORT or unix:PATH");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: '::1:80'}",
                   "config.yaml:3:19: invalid address \"::1:80\": expected "
                   "HOST:PORT, [IPV6]:PORT or unix:PATH");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: ':80'}",
                   "config.yaml:3:19: invalid address \":80\": no host to "
                   "connect to");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: 'unix:'}",
                   "config.yaml:3:19: invalid address \"unix:\": empty UNIX "
                   "socket path");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: unix:nothing-here}",
                   "config.yaml:3:19: cannot connect to \"unix:nothing-here\": "
                   "No such file or directory");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: 'a:1', bind: 'b:2'}",
                   "config.yaml:3:32: !socket takes connect or bind, not both");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {type: stream}",
                   "config.yaml:3:1: !socket requires a connect attribute");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!listen {}",
                   "config.yaml:3:1: !listen requires an address attribute");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!socket {connect: 'a:1', type: seqpacket}",
                   "config.yaml:3:32: unsupported socket type \"seqpacket\" "
                   "(use stream or dgram)");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!listen {address: 'a:1', type: dgram}",
                   "config.yaml:3:32: unsupported socket type \"dgram\" "
                   "(listening sockets are streams)");
  // The resolver's wording depends on the host (no DNS, NXDOMAIN...).
  char err[512];
  CHECK(load_yaml(TAG_DIRECTIVE "!socket {connect: 'host.invalid:80'}", -1,
                  &client, err, sizeof(err)) != 0);
  const char *prefix = "config.yaml:3:19: cannot resolve \"host.invalid:80\": ";
  CHECK(strncmp(err, prefix, strlen(prefix)) == 0);
}

void test_grants(void) {
  test_renumbering();
  test_fd_tag();
  test_stdin_config();
  test_file_tag();
  test_executable_tag();
  test_socket_tags();
}
