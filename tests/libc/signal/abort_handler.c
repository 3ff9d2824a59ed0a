// abort() runs the SIGABRT handler installed with signal(), and still ends
// the process with SIGABRT when the handler returns.
#include <argdata.h>
#include <program.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

static int out = -1;
static volatile sig_atomic_t calls;

static void on_abort(int sig) {
  calls++;
  if (sig == SIGABRT && calls == 1)
    write(out, "handler 1\n", 10);
}

void program_main(const argdata_t *ad) {
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value);
       argdata_map_next(&it)) {
    const char *name;
    if (argdata_get_str_c(key, &name) == 0 && name[0] == 's' &&
        name[3] == 'o')  // "stdout"
      argdata_get_fd(value, &out);
  }
  if (signal(SIGABRT, on_abort) != SIG_DFL)
    exit(1);
  abort();
}
