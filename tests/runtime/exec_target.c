// The program that exec_test.c's children turn into with proc_exec.  It
// receives a map:
//   sock:   descriptor to report on ("ok TEXT" or "bad WHY")
//   text:   string echoed back in the report
//   code:   exit code
//   nfds:   how many descriptors the image must have (0 .. nfds-1; nfds
//           itself must be EBADF)
//   rights: base rights that `sock` must carry (optional)
//   proc:   a process descriptor: its child's exit code is appended to
//           the report (optional)
//   self:   this executable, with hops: the image first executes itself
//           again `hops` times (passing sock and self on), then reports
// It uses only system calls and the argdata reader, so it checks what the
// runtime handed over rather than the libc's start-up.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdint.h>
#include <string.h>

static int sock = -1;

// One write per report, so the reader gets it in one piece.
static void say3(const char *a, const char *b, const char *c) {
  char line[256];
  size_t n = 0;
  const char *parts[] = {a, b, c};
  for (size_t p = 0; p < 3; p++)
    for (const char *s = parts[p]; s != NULL && *s != '\0' && n < sizeof(line); s++)
      line[n++] = *s;
  cloudabi_ciovec_t iov = {.buf = line, .buf_len = n};
  size_t written;
  if (sock >= 0)
    cloudabi_sys_fd_write((cloudabi_fd_t)sock, &iov, 1, &written);
}

static _Noreturn void bad(const char *why) {
  say3("bad ", why, NULL);
  cloudabi_sys_proc_exit(120);
}

// Executes this program again with one hop less: {sock, self, text + "+",
// code, nfds: 2, hops}.
static _Noreturn void again(int self, const char *text, uintmax_t code, uintmax_t hops) {
  static char longer[64];
  size_t tl = strlen(text);
  if (tl + 2 > sizeof(longer))
    bad("text too long");
  memcpy(longer, text, tl);
  memcpy(longer + tl, "+", 2);
  text = longer;
  const char *names[] = {"sock", "self", "text", "code", "nfds", "hops"};
  argdata_t *keys[6], *values[6] = {
      argdata_create_fd(sock),        argdata_create_fd(self),
      argdata_create_str_c(text),     argdata_create_int_u(code),
      argdata_create_int_u(2),        argdata_create_int_u(hops)};
  for (size_t i = 0; i < 6; i++)
    keys[i] = argdata_create_str_c(names[i]);
  argdata_t *map = argdata_create_map((const argdata_t *const *)keys,
                                      (const argdata_t *const *)values, 6);
  static unsigned char buf[512];
  size_t len, count;
  argdata_serialized_length(map, &len, &count);
  if (len > sizeof(buf) || count != 2)
    bad("argdata too large");
  int fds[2];
  argdata_serialize(map, buf, fds);
  cloudabi_fd_t numbers[2] = {(cloudabi_fd_t)fds[0], (cloudabi_fd_t)fds[1]};
  cloudabi_sys_proc_exec((cloudabi_fd_t)self, buf, len, numbers, 2);
  bad("exec of itself failed");
}

static bool key_is(const argdata_t *key, const char *name) {
  const char *s;
  return argdata_get_str_c(key, &s) == 0 && strcmp(s, name) == 0;
}

void program_main(const argdata_t *ad) {
  const char *text = "";
  uintmax_t code = 0, nfds = 0, rights = 0;
  bool check_rights = false;
  int proc = -1, self = -1;
  uintmax_t hops = 0;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    if (key_is(key, "sock"))
      argdata_get_fd(value, &sock);
    else if (key_is(key, "text"))
      argdata_get_str_c(value, &text);
    else if (key_is(key, "code"))
      argdata_get_int_u(value, &code, 255);
    else if (key_is(key, "nfds"))
      argdata_get_int_u(value, &nfds, 1024);
    else if (key_is(key, "rights"))
      check_rights = argdata_get_int_u(value, &rights, UINT64_MAX) == 0;
    else if (key_is(key, "proc"))
      argdata_get_fd(value, &proc);
    else if (key_is(key, "self"))
      argdata_get_fd(value, &self);
    else if (key_is(key, "hops"))
      argdata_get_int_u(value, &hops, 100);
  }
  if (sock != 0)
    bad("sock is not fd 0");
  cloudabi_fdstat_t st;
  for (uintmax_t i = 0; i < nfds; i++)
    if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)i, &st) != 0)
      bad("a passed descriptor is missing");
  if (cloudabi_sys_fd_stat_get((cloudabi_fd_t)nfds, &st) != CLOUDABI_EBADF)
    bad("a descriptor that was not passed exists");
  if (cloudabi_sys_fd_stat_get(0, &st) != 0 || st.fs_filetype != CLOUDABI_FILETYPE_SOCKET_STREAM)
    bad("sock is not a stream socket");
  if (check_rights && st.fs_rights_base != rights)
    bad("sock has other rights than before");
  char status[8] = "";
  if (proc >= 0) {
    cloudabi_subscription_t s = {.type = CLOUDABI_EVENTTYPE_PROC_TERMINATE,
                                 .proc_terminate = {.fd = (cloudabi_fd_t)proc}};
    cloudabi_event_t ev;
    size_t n;
    if (cloudabi_sys_poll(&s, &ev, 1, &n) != 0 || n != 1 || ev.error != 0)
      bad("cannot wait for the passed process");
    status[0] = ' ';
    status[1] = (char)('0' + ev.proc_terminate.exitcode % 10);
  }
  if (self >= 0 && hops > 0)
    again(self, text, code, hops - 1);
  say3("ok ", text, status);
  cloudabi_sys_proc_exit((cloudabi_exitcode_t)code);
}
