// What the launcher hands to the program: the serialized argdata and the
// host descriptors it refers to.  Built from a YAML configuration
// (config_yaml.c) or from command-line options (config_cli.c); both produce
// the same result.
#ifndef RUNTIME_CONFIG_H
#define RUNTIME_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

// One descriptor granted to the program.  Its index in launch_config.grants
// is the program's fd number: fds are numbered by first appearance in a
// depth-first walk of the tree, and a host fd named twice appears once.
struct grant {
  int host_fd;
  bool read_only;  // opened read-only (!file, --dir NAME=PATH:ro)
  char *origin;    // for messages: "stdout", "file /srv/www", "socket 127.0.0.1:80"
};

struct launch_config {
  unsigned char *argdata;  // serialized argdata, fd fields already renumbered
  size_t argdata_len;
  struct grant *grants;
  size_t ngrants;
};

// Parses the first YAML document of `in`.  `name` is used in messages.  On
// failure returns -1 and stores a one-line message "NAME:LINE:COLUMN: what"
// in err; nothing is left open.
int config_from_yaml(FILE *in, const char *name, struct launch_config *out,
                     char *err, size_t errlen);

// Builds the configuration from wasmtime-style options (--dir, --file, --arg,
// --env, --stdio).  argv holds only those options, already separated from
// the program path.
int config_from_options(int argc, char **argv, struct launch_config *out,
                        char *err, size_t errlen);

void config_free(struct launch_config *);

#endif
