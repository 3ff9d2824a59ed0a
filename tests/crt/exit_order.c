// exit(): atexit handlers newest first, then destructors (a lower priority
// number is constructed earlier and destroyed later); no stdio needed.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>

static int out = -1;

static void say(const char *s) {
  cloudabi_ciovec_t iov[2] = {{s, strlen(s)}, {"\n", 1}};
  size_t n;
  cloudabi_sys_fd_write((cloudabi_fd_t)out, iov, 2, &n);
}

static void first(void) { say("atexit 1"); }
static void second(void) { say("atexit 2"); }
__attribute__((destructor(101))) static void d101(void) { say("destructor 101"); }
__attribute__((destructor(102))) static void d102(void) { say("destructor 102"); }
__attribute__((destructor(103))) static void d103(void) { say("destructor 103"); }

void program_main(const argdata_t *ad) {
  argdata_map_iterator_t it;
  const argdata_t *k, *v;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &k, &v); argdata_map_next(&it)) {
    const char *s;
    if (argdata_get_str_c(k, &s) == 0 && strcmp(s, "stdout") == 0)
      argdata_get_fd(v, &out);
  }
  atexit(first);
  atexit(second);
  exit(0);
}
