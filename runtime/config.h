// What the launcher hands to the program: the serialized argdata and the
// host descriptors it refers to.  Built from a YAML configuration
// (config_yaml.c) or from command-line options (config_cli.c); both produce
// the same result.
#ifndef RUNTIME_CONFIG_H
#define RUNTIME_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

// What a granted descriptor is, so the runtime can pick rights and knows
// which descriptors to accept() on.
enum grant_kind {
  GRANT_INHERITED,   // the launcher's own fd (!fd, --fd, --stdio)
  GRANT_FILE,        // opened by path, not a directory (!file, --file)
  GRANT_DIRECTORY,   // opened O_RDONLY|O_DIRECTORY (!file, --dir)
  GRANT_SOCKET,      // connected socket (!socket connect, --connect)
  GRANT_LISTENER,    // bound, listening socket (!listen, --listen): the
                     // runtime accepts and hands out connections
  GRANT_EXECUTABLE,  // the program's own executable (!executable)
};

// One descriptor granted to the program.  Its index in launch_config.grants
// is the program's fd number: fds are numbered by first appearance in a
// depth-first walk of the tree, and a host fd named twice appears once.
struct grant {
  int host_fd;
  // FILE / INHERITED / EXECUTABLE: open read-only, so no FD_WRITE (an
  // inherited directory is never marked read-only).
  // DIRECTORY: nothing may be created, renamed or removed beneath it
  // (--dir NAME=PATH:ro, !file {mode: ro}); a directory from !file without
  // `mode` is writable beneath, as it always was.
  bool read_only;
  char *origin;    // for messages: "stdout", "file /srv/www", "socket 127.0.0.1:80"
  enum grant_kind kind;
  // Opened by the configuration itself; config_free() closes it.  A runtime
  // that takes the descriptor over sets host_fd to -1 first.
  bool owned;
};

struct launch_config {
  // Serialized argdata, fd fields already renumbered.  Never NULL after
  // success; argdata_len 0 is the null value (empty configuration).
  unsigned char *argdata;
  size_t argdata_len;
  struct grant *grants;
  size_t ngrants;
};

// Parses the first YAML document of `in`.  `name` is used in messages.  On
// failure returns -1 and stores a one-line message "NAME:LINE:COLUMN: what"
// in err; nothing is left open.
// `!fd stdin` (and `!fd 0`) is refused when `in` is the launcher's stdin,
// which the YAML itself occupies; so is naming fileno(in) in any form.
// `!executable` is refused: use config_from_yaml_exec.
int config_from_yaml(FILE *in, const char *name, struct launch_config *out,
                     char *err, size_t errlen);

// Same, with `exec_fd` the host fd of the program's executable, which
// `!executable` grants (read-only, not owned); -1 refuses `!executable`.
int config_from_yaml_exec(FILE *in, const char *name, int exec_fd,
                          struct launch_config *out, char *err,
                          size_t errlen);

// Builds the configuration from wasmtime-style options (--dir, --file, --arg,
// --argv0, --env, --stdio, --fd, --listen, --connect; see cloudabi-run.1).
// argv holds only those options, already separated from the program path.
// The result is a map: stdin, stdout, stderr (with --stdio), args, argv0
// (with --argv0), env, then the named grants in command-line order.
int config_from_options(int argc, char **argv, struct launch_config *out,
                        char *err, size_t errlen);

// Closes the owned grants, frees everything and zeroes *config.
void config_free(struct launch_config *);

#endif
