// <program.h>: program_spawn, program_wait and program_exec, starting the
// `child` program that the configuration grants (CMakeLists.txt).
#include <argdata.h>
#include <errno.h>
#include <fcntl.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>
#include <sys/capsicum.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.h"

// The `child` descriptor from this program's own configuration, whose fd
// numbers are the process's own (as at start-up).
static int own_fd(void *arg, size_t raw) {
  return raw <= 0x7fffffff ? (int)raw : -1;
}

static int child_fd(void) {
  const void *buf;
  size_t len;
  program_get_raw_argdata(&buf, &len);
  argdata_t *ad = argdata_from_buffer(buf, len, own_fd, NULL);
  int fd = -1;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *k;
    if (argdata_get_str_c(key, &k) == 0 && strcmp(k, "child") == 0)
      argdata_get_fd(value, &fd);
  }
  argdata_free(ad);
  return fd;
}

// A configuration {sock, text, code[, exec][, wait]}.  A map refers to its
// key and value arrays (it does not copy them), so they are allocated.
static argdata_t *config(int sock, const char *text, int code, int exec, int wait) {
  argdata_t **keys = malloc(5 * sizeof(*keys)), **values = malloc(5 * sizeof(*values));
  size_t n = 0;
  keys[n] = argdata_create_str_c("sock"), values[n++] = argdata_create_fd(sock);
  keys[n] = argdata_create_str_c("text"), values[n++] = argdata_create_str_c(text);
  keys[n] = argdata_create_str_c("code"), values[n++] = argdata_create_int(code);
  if (exec >= 0)
    keys[n] = argdata_create_str_c("exec"), values[n++] = argdata_create_fd(exec);
  if (wait >= 0)
    keys[n] = argdata_create_str_c("wait"), values[n++] = argdata_create_fd(wait);
  return argdata_create_map((const argdata_t *const *)keys, (const argdata_t *const *)values, n);
}

static size_t read_report(int fd, char *buf, size_t size) {
  size_t total = 0;
  ssize_t n;
  while (total < size - 1 && (n = read(fd, buf + total, size - 1 - total)) > 0)
    total += (size_t)n;
  buf[total] = '\0';
  return total;
}

TEST(spawn_and_wait) {
  int target = child_fd();
  ASSERT_TRUE(target >= 0);
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  argdata_t *ad = config(sv[1], "hello", 42, -1, -1);
  int proc = -1;
  ASSERT_EQ(program_spawn(target, ad, &proc), 0);
  ASSERT_TRUE(proc >= 0);
  close(sv[1]);
  char buf[128];
  read_report(sv[0], buf, sizeof(buf));
  // The child sees only the socket, renumbered to 0.
  ASSERT_STREQ(buf, "hello fds=1 sock=0");
  int code = -1, sig = -1;
  ASSERT_EQ(program_wait(proc, &code, &sig), 0);
  ASSERT_EQ(code, 42);
  ASSERT_EQ(sig, 0);
  // Waiting again reports the same.
  code = -1;
  ASSERT_EQ(program_wait(proc, &code, NULL), 0);
  ASSERT_EQ(code, 42);
  ASSERT_EQ(close(proc), 0);
  close(sv[0]);
}

TEST(many_children) {
  int target = child_fd();
  int procs[8], socks[8];
  for (int i = 0; i < 8; i++) {
    int sv[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    char text[16] = "child0";
    text[5] = (char)('0' + i);
    argdata_t *ad = config(sv[1], text, i, -1, -1);
    ASSERT_EQ(program_spawn(target, ad, &procs[i]), 0);
    close(sv[1]);
    socks[i] = sv[0];
  }
  for (int i = 7; i >= 0; i--) {
    char buf[64];
    read_report(socks[i], buf, sizeof(buf));
    ASSERT_TRUE(strncmp(buf, "child", 5) == 0 && buf[5] == '0' + i);
    int code;
    ASSERT_EQ(program_wait(procs[i], &code, NULL), 0);
    ASSERT_EQ(code, i);
    close(procs[i]);
    close(socks[i]);
  }
}

// Closing the process descriptor of a running child kills it.
TEST(close_kills) {
  int target = child_fd();
  int sv[2], hold[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, hold), 0);
  argdata_t *ad = config(sv[1], "waiting", 0, -1, hold[1]);
  int proc;
  ASSERT_EQ(program_spawn(target, ad, &proc), 0);
  close(sv[1]);
  close(hold[1]);
  char buf[64];
  ASSERT_TRUE(read(sv[0], buf, sizeof(buf)) > 0);  // it runs and blocks
  ASSERT_EQ(close(proc), 0);
  // The child is gone: its end of sv is closed.
  ASSERT_EQ(read(sv[0], buf, sizeof(buf)), 0);
  close(sv[0]);
  close(hold[0]);
}

TEST(exec_failures_are_reported_synchronously) {
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  argdata_t *ad = config(sv[1], "never", 0, -1, -1);
  int proc = -1;
  // A directory is not executable.
  ASSERT_EQ(program_spawn(test_tmpdir(), ad, &proc), EACCES);
  ASSERT_EQ(proc, -1);
  // A regular file without the PROC_EXEC right.
  int copy = openat(test_tmpdir(), "not-a-program", O_RDWR | O_CREAT | O_TRUNC, 0666);
  ASSERT_TRUE(copy >= 0);
  cap_rights_t r;
  cap_rights_init(&r, CAP_READ);
  ASSERT_EQ(cap_rights_limit(copy, &r), 0);
  ASSERT_EQ(program_spawn(copy, ad, &proc), EBADF);
  // Not a descriptor at all.
  ASSERT_EQ(program_spawn(1000, ad, &proc), EBADF);
  ASSERT_EQ(proc, -1);
  // Nothing was started: nobody else holds the socket.
  close(sv[1]);
  char buf[8];
  ASSERT_EQ(read(sv[0], buf, sizeof(buf)), 0);
  close(sv[0]);
  close(copy);
}

TEST(exec_failures_return) {
  argdata_t *ad = config(0, "never", 0, -1, -1);
  ASSERT_EQ(program_exec(test_tmpdir(), ad), EACCES);
  ASSERT_EQ(program_exec(1000, ad), EBADF);
  // Still here.
  ASSERT_TRUE(true);
}

// The child execs itself with program_exec, which renumbers descriptors.
TEST(exec_replaces_the_program) {
  int target = child_fd();
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  // A few descriptors that the exec'd image must not see.
  int extra[3];
  for (int i = 0; i < 3; i++)
    extra[i] = dup(sv[0]);
  argdata_t *ad = config(sv[1], "chain", 7, target, -1);
  int proc;
  ASSERT_EQ(program_spawn(target, ad, &proc), 0);
  close(sv[1]);
  char buf[128];
  read_report(sv[0], buf, sizeof(buf));
  ASSERT_STREQ(buf, "exec:chain fds=1 sock=0");
  int code;
  ASSERT_EQ(program_wait(proc, &code, NULL), 0);
  ASSERT_EQ(code, 7);
  close(proc);
  close(sv[0]);
  for (int i = 0; i < 3; i++)
    close(extra[i]);
}

TEST(wait_errors) {
  int code;
  ASSERT_EQ(program_wait(1000, &code, NULL), EBADF);
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  ASSERT_TRUE(program_wait(sv[0], &code, NULL) != 0);
  close(sv[0]);
  close(sv[1]);
}
