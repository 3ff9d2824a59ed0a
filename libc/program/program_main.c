// The default program_main, linked in only when the program defines main()
// instead of its own program_main.  See <program.h> for the convention.
#include <argdata.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>

#include "argdata_impl.h"

int main(int, char **, char **);
extern char **environ;

// Binds the standard streams; provided by stdio when it is linked in.
void __stdio_bind_standard_streams(int in, int out, int err) __attribute__((weak));

static size_t seq_length(const argdata_t *ad) {
  size_t n = 0;
  argdata_seq_iterator_t it;
  const argdata_t *elem;
  for (argdata_seq_iterate(ad, &it); argdata_seq_get(&it, &elem); argdata_seq_next(&it))
    n++;
  return n;
}

static _Noreturn void out_of_memory(void) {
  _Exit(127);
}

// argv[0] from `argv0`, argv[1..] from the strings of `args`.
static char **build_argv(const argdata_t *args, const char *argv0, int *argc) {
  size_t n = args != NULL ? seq_length(args) : 0;
  char **argv = calloc(n + 2, sizeof(char *));
  if (argv == NULL)
    out_of_memory();
  argv[0] = (char *)(argv0 != NULL ? argv0 : "");
  size_t i = 1;
  if (args != NULL) {
    argdata_seq_iterator_t it;
    const argdata_t *elem;
    for (argdata_seq_iterate(args, &it); argdata_seq_get(&it, &elem); argdata_seq_next(&it)) {
      const char *s;
      if (argdata_get_str_c(elem, &s) == 0)
        argv[i++] = (char *)s;
    }
  }
  *argc = (int)i;
  return argv;
}

// "KEY=VALUE" strings from the string pairs of `env`.
static char **build_environ(const argdata_t *env) {
  size_t n = 0;
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(env, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it))
    n++;
  char **list = calloc(n + 1, sizeof(char *));
  if (list == NULL)
    out_of_memory();
  size_t i = 0;
  for (argdata_map_iterate(env, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *k, *v;
    if (argdata_get_str_c(key, &k) != 0 || argdata_get_str_c(value, &v) != 0 ||
        *k == '\0' || strchr(k, '=') != NULL)
      continue;
    size_t kl = strlen(k), vl = strlen(v);
    char *entry = malloc(kl + vl + 2);
    if (entry == NULL)
      out_of_memory();
    memcpy(entry, k, kl);
    entry[kl] = '=';
    memcpy(entry + kl + 1, v, vl + 1);
    list[i++] = entry;
  }
  return list;
}

_Noreturn void program_main(const argdata_t *ad) {
  // Nodes handed out by an iterator die when it advances: keep copies.
  argdata_t args_node, env_node;
  const argdata_t *args = NULL, *env = NULL;
  const char *argv0 = NULL;
  int fds[3] = {-1, -1, -1};
  static const char *const stream_keys[3] = {"stdin", "stdout", "stderr"};

  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    const char *name;
    if (argdata_get_str_c(key, &name) != 0)
      continue;
    if (strcmp(name, "args") == 0)
      args_node = *value, args = &args_node;
    else if (strcmp(name, "argv0") == 0)
      argdata_get_str_c(value, &argv0);
    else if (strcmp(name, "env") == 0)
      env_node = *value, env = &env_node;
    for (int i = 0; i < 3; i++)
      if (strcmp(name, stream_keys[i]) == 0)
        argdata_get_fd(value, &fds[i]);
  }

  if (__stdio_bind_standard_streams)
    __stdio_bind_standard_streams(fds[0], fds[1], fds[2]);
  if (env != NULL)
    environ = build_environ(env);
  int argc;
  char **argv = build_argv(args, argv0, &argc);
  exit(main(argc, argv, environ));
}
