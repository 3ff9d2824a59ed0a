// The initial thread leaves with pthread_exit; a worker joins it, prints,
// and returns.  As the last thread it ends the process as if by exit(0):
// atexit handlers run and the status is 0.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static int out = -1;
static pthread_t initial;

static void say(const char *s) {
  cloudabi_ciovec_t iov[2] = {{s, strlen(s)}, {"\n", 1}};
  size_t n;
  cloudabi_sys_fd_write((cloudabi_fd_t)out, iov, 2, &n);
}

static void at_exit(void) {
  say("atexit");
}

static void *worker(void *arg) {
  (void)arg;
  void *result;
  if (pthread_join(initial, &result) != 0 || result != &initial)
    return NULL;
  say("worker done");
  return NULL;
}

void program_main(const argdata_t *ad) {
  argdata_map_iterator_t it;
  const argdata_t *k, *v;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &k, &v);
       argdata_map_next(&it)) {
    const char *s;
    if (argdata_get_str_c(k, &s) == 0 && strcmp(s, "stdout") == 0)
      argdata_get_fd(v, &out);
  }
  atexit(at_exit);
  initial = pthread_self();
  pthread_t t;
  if (pthread_create(&t, NULL, worker, NULL) != 0)
    exit(1);
  pthread_exit(&initial);
}
