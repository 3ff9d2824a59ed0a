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

static bool key_is(const argdata_t *key, const char *name) {
  const char *s;
  return argdata_get_str_c(key, &s) == 0 && strcmp(s, name) == 0;
}

void program_main(const argdata_t *ad) {
  const char *text = "";
  uintmax_t code = 0, nfds = 0, rights = 0;
  bool check_rights = false;
  int proc = -1;
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
  say3("ok ", text, status);
  cloudabi_sys_proc_exit((cloudabi_exitcode_t)code);
}
