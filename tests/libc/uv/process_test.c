// uv_process_kill on a child started with program_spawn: closing the
// process descriptor ends the child, which the child's sockets show.
// The child is tests/libc/program/child.c, granted as `child`.
#include <argdata.h>
#include <program.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

#include "harness.h"

static int same_fd(void *arg, size_t raw) {
  return (int)raw;
}

// The executable granted as `child` in this program's configuration.
static int granted_child(void) {
  const void *buf;
  size_t len;
  program_get_raw_argdata(&buf, &len);
  argdata_t *ad = argdata_from_buffer(buf, len, same_fd, NULL);
  const argdata_t *key, *value;
  argdata_map_iterator_t it;
  int fd = -1;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value);
       argdata_map_next(&it)) {
    const char *name;
    if (argdata_get_str_c(key, &name) == 0 && strcmp(name, "child") == 0)
      argdata_get_fd(value, &fd);
  }
  argdata_free(ad);
  return fd;
}

TEST(kill_spawned_child) {
  int exe = granted_child();
  ASSERT_TRUE(exe >= 0);
  int report[2], hold[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, report), 0);
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, hold), 0);
  // The child writes "up ..." to sock, then blocks reading wait until that
  // is written to or closed: it would run for ever.
  const argdata_t *keys[] = {argdata_create_str_c("sock"),
                             argdata_create_str_c("text"),
                             argdata_create_str_c("wait")};
  const argdata_t *values[] = {argdata_create_fd(report[1]),
                               argdata_create_str_c("up"),
                               argdata_create_fd(hold[1])};
  argdata_t *ad = argdata_create_map(keys, values, 3);
  uv_process_t p;
  memset(&p, 0, sizeof(p));
  ASSERT_EQ(program_spawn(exe, ad, &p.procfd), 0);
  close(report[1]);
  char buf[64];
  ASSERT_EQ(read(report[0], buf, 2), 2);
  ASSERT_MEMEQ(buf, "up", 2);

  ASSERT_EQ(uv_process_kill(&p, 15), 0);
  ASSERT_EQ(p.procfd, -1);
  ASSERT_EQ(uv_process_kill(&p, 15), UV_ESRCH);
  // Only the dead child held report[1] and our hold[0]'s peer besides us:
  // end of file arrives instead of blocking for ever.
  ssize_t n;
  while ((n = read(report[0], buf, sizeof(buf))) > 0) {
  }
  ASSERT_EQ(n, 0);
  close(hold[1]);
  ASSERT_EQ(read(hold[0], buf, sizeof(buf)), 0);
  close(report[0]);
  close(hold[0]);
  close(exe);
}
