// thread_local destructors of the thread that calls exit() run at exit,
// before the handlers registered earlier; other threads' run when they end.
#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

int __cxa_thread_atexit_impl(void (*)(void *), void *, void *);

static int out = -1;

static void say(void *s) {
  cloudabi_ciovec_t iov[2] = {{s, strlen(s)}, {"\n", 1}};
  size_t n;
  cloudabi_sys_fd_write((cloudabi_fd_t)out, iov, 2, &n);
}

static void early(void) {
  say("atexit early");
}

static void *worker(void *arg) {
  __cxa_thread_atexit_impl(say, arg, NULL);
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
  atexit(early);
  if (__cxa_thread_atexit_impl(say, "tls main 1", NULL) != 0 ||
      __cxa_thread_atexit_impl(say, "tls main 2", NULL) != 0)
    exit(1);
  pthread_t t;
  if (pthread_create(&t, NULL, worker, "tls worker") != 0 ||
      pthread_join(t, NULL) != 0)
    exit(1);
  say("joined");
  exit(0);
}
