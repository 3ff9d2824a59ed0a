// A CloudABI program: it can use only what its configuration grants.
//
//   x86_64-unknown-cloudabi-cc hello.c -o hello
//   cloudabi-run hello hello.yaml
//
// It receives an argdata map: `console` (a descriptor to write to),
// `message` (a string) and `times` (an integer), and has no other way to
// reach the outside world.
#include <argdata.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void say(int fd, const char *s) {
  if (write(fd, s, strlen(s)) < 0)
    exit(1);
}

void program_main(const argdata_t *ad) {
  int console = -1;
  const char *message = "(no message)";
  int times = 1;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *name;
    if (argdata_get_str_c(key, &name) != 0)
      continue;
    if (strcmp(name, "console") == 0)
      argdata_get_fd(value, &console);
    else if (strcmp(name, "message") == 0)
      argdata_get_str_c(value, &message);
    else if (strcmp(name, "times") == 0)
      argdata_get_int(value, &times);
  }
  if (console < 0)
    exit(2);  // Nothing was granted to write to.
  for (int i = 0; i < times; i++) {
    say(console, "Hello from a CloudABI program! The configuration says: ");
    say(console, message);
    say(console, "\n");
  }
  say(console, "My process id is ");
  say(console, program_getpid());
  say(console, "; I hold no other capabilities.\n");
  exit(0);
}
