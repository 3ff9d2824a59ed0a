// The program that program_test starts.  Its configuration:
//   sock: descriptor to report on
//   text: string written to sock, followed by " fds=N" (the number of open
//         descriptors among 0..15) and " sock=S" (sock's number)
//   code: exit code
//   exec: (optional) an executable to program_exec first, with the same
//         configuration minus `exec` and with `text` prefixed by "exec:"
//   wait: (optional) a descriptor to read from before exiting (blocks
//         until the parent writes or the descriptor is closed)
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int count_fds(void) {
  int n = 0;
  for (cloudabi_fd_t fd = 0; fd < 16; fd++) {
    cloudabi_fdstat_t st;
    if (cloudabi_sys_fd_stat_get(fd, &st) == 0)
      n++;
  }
  return n;
}

void program_main(const argdata_t *ad) {
  int sock = -1, exec_fd = -1, wait_fd = -1;
  const char *text = "";
  unsigned code = 0;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *k;
    if (argdata_get_str_c(key, &k) != 0)
      continue;
    if (strcmp(k, "sock") == 0)
      argdata_get_fd(value, &sock);
    else if (strcmp(k, "text") == 0)
      argdata_get_str_c(value, &text);
    else if (strcmp(k, "code") == 0)
      argdata_get_int(value, &code);
    else if (strcmp(k, "exec") == 0)
      argdata_get_fd(value, &exec_fd);
    else if (strcmp(k, "wait") == 0)
      argdata_get_fd(value, &wait_fd);
  }
  if (exec_fd >= 0) {
    char prefixed[200];
    snprintf(prefixed, sizeof(prefixed), "exec:%s", text);
    argdata_t *keys[3] = {argdata_create_str_c("sock"), argdata_create_str_c("text"),
                          argdata_create_str_c("code")};
    argdata_t *values[3] = {argdata_create_fd(sock), argdata_create_str_c(prefixed),
                            argdata_create_int(code)};
    argdata_t *map = argdata_create_map((const argdata_t *const *)keys,
                                        (const argdata_t *const *)values, 3);
    int error = program_exec(exec_fd, map);
    char msg[64];
    int len = snprintf(msg, sizeof(msg), "exec failed %d", error);
    cloudabi_ciovec_t iov = {.buf = msg, .buf_len = (size_t)len};
    size_t n;
    cloudabi_sys_fd_write((cloudabi_fd_t)sock, &iov, 1, &n);
    exit(100);
  }
  char msg[256];
  int len = snprintf(msg, sizeof(msg), "%s fds=%d sock=%d", text, count_fds(), sock);
  cloudabi_ciovec_t iov = {.buf = msg, .buf_len = (size_t)len};
  size_t n;
  cloudabi_sys_fd_write((cloudabi_fd_t)sock, &iov, 1, &n);
  if (wait_fd >= 0) {
    char c;
    cloudabi_iovec_t in = {.buf = &c, .buf_len = 1};
    cloudabi_sys_fd_read((cloudabi_fd_t)wait_fd, &in, 1, &n);
  }
  exit((int)code);
}
